//! report.md + summary.json + charts, rendered from the result files alone (so
//! `gpiot iotbench report` can redo them without running anything).

use std::fmt::Write as _;
use std::path::Path;

use super::result::{self, TaskResult};
use super::summary::{summarise, Summary};
use super::{charts, BenchError, RunInfo, RUN_INFO_FILE};

pub const REPORT_FILE: &str = "report.md";
pub const SUMMARY_FILE: &str = "summary.json";

pub fn write(out: &Path) -> Result<Summary, BenchError> {
    let results = result::load_all(out);
    if results.is_empty() {
        return Err(BenchError::NoResults(out.to_path_buf()));
    }
    let summary = summarise(&results);
    let info: RunInfo = std::fs::read_to_string(out.join(RUN_INFO_FILE)).ok().and_then(|t| serde_json::from_str(&t).ok()).unwrap_or_default();
    let json = serde_json::to_vec_pretty(&summary).map_err(|e| BenchError::Internal(e.to_string()))?;
    let p = out.join(SUMMARY_FILE);
    result::write_atomic(&p, &json).map_err(|e| BenchError::io(&p, e))?;
    // Charts are a nicety: a missing font or a drawing error is noted, not fatal.
    let charts = charts::draw(out, &summary, &results);
    let md = markdown(&summary, &results, &info, &charts);
    let p = out.join(REPORT_FILE);
    std::fs::write(&p, md).map_err(|e| BenchError::io(&p, e))?;
    Ok(summary)
}

fn pct(x: f64) -> String {
    format!("{:.1} %", 100.0 * x)
}

fn opt<T>(x: Option<T>, f: impl Fn(T) -> String) -> String {
    x.map(f).unwrap_or_else(|| "–".into())
}

pub fn markdown(s: &Summary, results: &[TaskResult], info: &RunInfo, charts: &Result<Vec<String>, String>) -> String {
    let mut md = String::from("# IoTBench report\n\n");
    if !info.tasks_dir.is_empty() {
        let _ = writeln!(md, "Tasks: `{}`. Judge sandbox: {}. Python: `{}`.\n", info.tasks_dir, info.sandbox, info.python);
    }
    let _ = writeln!(md, "pass@1 = share of tasks whose judge exits 0 with one greedy generation per task.\n");
    for w in &info.warnings {
        let _ = writeln!(md, "- warning: {w}");
    }
    for k in &info.skipped {
        let _ = writeln!(md, "- skipped task folder `{}`: {}", k.folder, k.reason.replace('\n', " "));
    }
    if !info.warnings.is_empty() || !info.skipped.is_empty() {
        md.push('\n');
    }

    md.push_str("## By configuration\n\n");
    md.push_str("| config | tasks | passed | pass@1 | python | c | decomposition coverage | generated tasks (mean) | matcher | examples / prompt | tokens / task | time / task |\n");
    md.push_str("|---|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|\n");
    for c in &s.configs {
        let lang = |l: &str| opt(c.by_language.get(l), |g| format!("{} ({}/{})", pct(g.pass_at_1), g.passed, g.tasks));
        let coverage = opt(c.decomposition_coverage, |v| format!("{} ({} scored)", pct(v), c.decomposition_scored));
        let _ = writeln!(
            md,
            "| {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {:.0} | {:.1} s |",
            c.config,
            c.tasks,
            c.passed,
            pct(c.pass_at_1),
            lang("python"),
            lang("c"),
            coverage,
            opt(c.mean_generated_tasks, |v| format!("{v:.1}")),
            if c.matchers.is_empty() { "–".into() } else { c.matchers.join(", ") },
            c.examples.iter().map(usize::to_string).collect::<Vec<_>>().join(", "),
            c.mean_generated_tokens,
            c.mean_wall_seconds
        );
    }

    md.push_str("\n## pass@1 by family\n\n| family |");
    for c in &s.configs {
        let _ = write!(md, " {} |", c.config);
    }
    md.push_str("\n|---|");
    md.push_str(&"---:|".repeat(s.configs.len()));
    md.push('\n');
    for f in &s.families {
        let _ = write!(md, "| {f} |");
        for c in &s.configs {
            let _ = write!(md, " {} |", opt(c.by_family.get(f), |g| format!("{} ({}/{})", pct(g.pass_at_1), g.passed, g.tasks)));
        }
        md.push('\n');
    }

    md.push_str("\n## Outcomes\n\n| config | outcomes |\n|---|---|\n");
    for c in &s.configs {
        let parts: Vec<String> = c.statuses.iter().map(|(k, v)| format!("{k}: {v}")).collect();
        let _ = writeln!(md, "| {} | {} |", c.config, parts.join(", "));
    }

    md.push_str("\n## Charts\n\n");
    match charts {
        Ok(files) => files.iter().for_each(|f| {
            let _ = writeln!(md, "![{f}]({f})\n");
        }),
        Err(e) => {
            let _ = writeln!(md, "Charts not drawn: {e}\n");
        }
    }

    md.push_str("## Tasks\n\n| task | family | lang | config | outcome | tokens | time | coverage | code | judge output |\n");
    md.push_str("|---|---|---|---|---|---:|---:|---:|---|---|\n");
    for r in results {
        let base = format!("{}/{}", r.config, r.task);
        let code = opt(r.solution_file.as_deref(), |f| format!("[{f}]({base}/{f})"));
        let coverage = opt(r.decomposition.as_ref(), |d| format!("{}/{} ({} tasks)", d.covered, d.steps, d.generated_tasks));
        let _ = writeln!(
            md,
            "| {} | {} | {} | {} | {} | {} | {:.1} s | {} | {} | [{}]({base}/{}) |",
            r.task,
            r.family,
            r.language.name(),
            r.config,
            r.status.name(),
            r.generated_tokens,
            r.wall_seconds,
            coverage,
            code,
            r.judge_file,
            r.judge_file
        );
    }
    md
}
