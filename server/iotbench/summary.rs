//! Aggregates over task results: pass@1 (greedy decoding, one sample per task, so pass@1 is
//! the share of tasks passed) per config, family and language, decomposition coverage,
//! tokens and time. This is summary.json; report.md and the charts are drawn from it.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::result::{config_rank, TaskResult};

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Group {
    pub tasks: usize,
    pub passed: usize,
    pub pass_at_1: f64,
}

impl Group {
    fn add(&mut self, passed: bool) {
        self.tasks += 1;
        self.passed += passed as usize;
        self.pass_at_1 = self.passed as f64 / self.tasks as f64;
    }
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct ConfigSummary {
    pub config: String,
    pub tasks: usize,
    pub passed: usize,
    pub pass_at_1: f64,
    pub by_family: BTreeMap<String, Group>,
    pub by_language: BTreeMap<String, Group>,
    /// Count per status name (pass, fail, timeout, ...).
    pub statuses: BTreeMap<String, usize>,
    /// Mean coverage over tasks whose plan was scored (None: no plan scored).
    pub decomposition_coverage: Option<f64>,
    /// Tasks whose plan was scored, out of the tasks of this config.
    pub decomposition_scored: usize,
    pub mean_generated_tasks: Option<f64>,
    /// Matchers used ("minilm", "jaccard").
    pub matchers: Vec<String>,
    /// Retrieved examples per prompt seen in this config's results (one value normally).
    #[serde(default)]
    pub examples: Vec<usize>,
    pub mean_generated_tokens: f64,
    pub mean_wall_seconds: f64,
    pub total_generated_tokens: u64,
    pub total_wall_seconds: f64,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Summary {
    pub configs: Vec<ConfigSummary>,
    /// All families seen, sorted (the columns of the family table).
    pub families: Vec<String>,
}

pub fn summarise(results: &[TaskResult]) -> Summary {
    let mut by_config: BTreeMap<(usize, String), Vec<&TaskResult>> = BTreeMap::new();
    for r in results {
        by_config.entry((config_rank(&r.config), r.config.clone())).or_default().push(r);
    }
    let configs = by_config.into_iter().map(|((_, name), rs)| config_summary(name, &rs)).collect();
    let mut families: Vec<String> = results.iter().map(|r| r.family.clone()).collect();
    families.sort();
    families.dedup();
    Summary { configs, families }
}

fn config_summary(config: String, rs: &[&TaskResult]) -> ConfigSummary {
    let mut s = ConfigSummary { config, ..Default::default() };
    let mut all = Group::default();
    let (mut cov, mut gen_tasks) = (Vec::new(), Vec::new());
    for r in rs {
        all.add(r.passed);
        s.by_family.entry(r.family.clone()).or_default().add(r.passed);
        s.by_language.entry(r.language.name().to_string()).or_default().add(r.passed);
        *s.statuses.entry(r.status.name().to_string()).or_default() += 1;
        if let Some(d) = &r.decomposition {
            cov.push(d.coverage);
            gen_tasks.push(d.generated_tasks as f64);
            if !s.matchers.contains(&d.matcher) {
                s.matchers.push(d.matcher.clone());
            }
        }
        if !s.examples.contains(&r.examples) {
            s.examples.push(r.examples);
        }
        s.total_generated_tokens += r.generated_tokens;
        s.total_wall_seconds += r.wall_seconds;
    }
    s.tasks = all.tasks;
    s.passed = all.passed;
    s.pass_at_1 = all.pass_at_1;
    s.decomposition_scored = cov.len();
    s.decomposition_coverage = mean(&cov);
    s.mean_generated_tasks = mean(&gen_tasks);
    let n = rs.len().max(1) as f64;
    s.mean_generated_tokens = s.total_generated_tokens as f64 / n;
    s.mean_wall_seconds = s.total_wall_seconds / n;
    s
}

fn mean(v: &[f64]) -> Option<f64> {
    (!v.is_empty()).then(|| v.iter().sum::<f64>() / v.len() as f64)
}
