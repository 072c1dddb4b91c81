//! PNG charts with plotters: pass@1 by config and family, tokens and wall time per task.
//! Text is drawn with ab_glyph from a TrueType file found at run time (GPIOT_FONT, else
//! DejaVu Sans from Debian's fonts-dejavu-core, else any .ttf under /usr/share/fonts), so no
//! fontconfig or freetype is linked. Without a font the charts are skipped with a note.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use plotters::coord::ranged1d::SegmentValue;
use plotters::prelude::*;

use super::result::TaskResult;
use super::summary::Summary;

pub const PASS_CHART: &str = "pass_at_1.png";
pub const TOKENS_CHART: &str = "tokens_per_task.png";
pub const TIME_CHART: &str = "time_per_task.png";

const COLOURS: [RGBColor; 4] = [RGBColor(120, 120, 120), RGBColor(66, 133, 244), RGBColor(219, 68, 55), RGBColor(15, 157, 88)];

/// Draws every chart into `out`; the file names drawn, or why none could be.
pub fn draw(out: &Path, summary: &Summary, results: &[TaskResult]) -> Result<Vec<String>, String> {
    register_font()?;
    let configs: Vec<String> = summary.configs.iter().map(|c| c.config.clone()).collect();
    // Rows per group: one bar per config plus a gap.
    let mut groups: Vec<(String, Vec<f64>)> = vec![("all".into(), summary.configs.iter().map(|c| c.pass_at_1).collect())];
    for f in &summary.families {
        groups.push((f.clone(), summary.configs.iter().map(|c| c.by_family.get(f).map_or(0.0, |g| g.pass_at_1)).collect()));
    }
    bars(&out.join(PASS_CHART), "pass@1 by family", "pass@1", &configs, &groups, false).map_err(|e| format!("{PASS_CHART}: {e}"))?;

    let per_task = |value: fn(&TaskResult) -> f64| -> Vec<(String, Vec<f64>)> {
        let mut by_task: BTreeMap<&str, Vec<f64>> = BTreeMap::new();
        for r in results {
            let row = by_task.entry(&r.task).or_insert_with(|| vec![0.0; configs.len()]);
            if let Some(i) = configs.iter().position(|c| *c == r.config) {
                row[i] = value(r);
            }
        }
        by_task.into_iter().map(|(t, v)| (t.to_string(), v)).collect()
    };
    bars(&out.join(TOKENS_CHART), "tokens generated per task", "tokens", &configs, &per_task(|r| r.generated_tokens as f64), true)
        .map_err(|e| format!("{TOKENS_CHART}: {e}"))?;
    bars(&out.join(TIME_CHART), "wall time per task (generation + judge)", "seconds", &configs, &per_task(|r| r.wall_seconds), true)
        .map_err(|e| format!("{TIME_CHART}: {e}"))?;
    Ok(vec![PASS_CHART.into(), TOKENS_CHART.into(), TIME_CHART.into()])
}

fn font_candidates() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::env::var_os("GPIOT_FONT").map(PathBuf::from).into_iter().collect();
    v.push("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf".into());
    v.push("/usr/share/fonts/TTF/DejaVuSans.ttf".into());
    if let Ok(dirs) = std::fs::read_dir("/usr/share/fonts/truetype") {
        for d in dirs.filter_map(|e| e.ok()) {
            if let Ok(files) = std::fs::read_dir(d.path()) {
                v.extend(files.filter_map(|e| e.ok()).map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "ttf")));
            }
        }
    }
    v
}

/// Registers a TrueType font under the family name the charts use, once per process.
fn register_font() -> Result<(), String> {
    static DONE: OnceLock<Result<(), String>> = OnceLock::new();
    DONE.get_or_init(|| {
        for p in font_candidates() {
            let Ok(bytes) = std::fs::read(&p) else { continue };
            // plotters keeps fonts for the process's lifetime: leaking one file is intended.
            let bytes: &'static [u8] = Box::leak(bytes.into_boxed_slice());
            if plotters::style::register_font("sans-serif", FontStyle::Normal, bytes).is_ok() {
                return Ok(());
            }
        }
        Err("no TrueType font found (install fonts-dejavu-core or set GPIOT_FONT=/path/to/font.ttf)".into())
    })
    .clone()
}

/// Grouped bars: one group per (label, values per config). Vertical for few groups (families),
/// horizontal for many (tasks) so the labels stay readable.
fn bars(path: &Path, title: &str, unit: &str, configs: &[String], groups: &[(String, Vec<f64>)], horizontal: bool) -> Result<(), String> {
    let k = configs.len().max(1);
    let slots = k + 1;
    let rows = groups.len() * slots;
    let max = groups.iter().flat_map(|(_, v)| v.iter().copied()).fold(0.0f64, f64::max);
    let top = if unit == "pass@1" { 1.0 } else { (max * 1.1).max(1.0) };
    let label = |v: &SegmentValue<usize>| -> String {
        match v {
            SegmentValue::CenterOf(i) | SegmentValue::Exact(i) if i % slots == (k - 1) / 2 => groups.get(i / slots).map(|g| g.0.clone()).unwrap_or_default(),
            _ => String::new(),
        }
    };
    let size = if horizontal { (900, (120 + rows * 9).max(300) as u32) } else { ((160 + rows * 18).max(640) as u32, 420) };
    let root = BitMapBackend::new(path, size).into_drawing_area();
    root.fill(&WHITE).map_err(err)?;
    let mut b = ChartBuilder::on(&root);
    b.caption(title, ("sans-serif", 22)).margin(12);
    if horizontal {
        b.x_label_area_size(36).y_label_area_size(130);
        let mut chart = b.build_cartesian_2d(0.0..top, (0..rows).into_segmented()).map_err(err)?;
        chart.configure_mesh().y_labels(rows).y_label_formatter(&label).x_desc(unit).disable_y_mesh().light_line_style(WHITE).draw().map_err(err)?;
        for (ci, name) in configs.iter().enumerate() {
            let colour = COLOURS[ci % COLOURS.len()];
            let data: Vec<(usize, f64)> = groups.iter().enumerate().map(|(gi, (_, v))| (gi * slots + ci, v[ci])).collect();
            chart
                .draw_series(Histogram::horizontal(&chart).style(colour.filled()).margin(1).data(data))
                .map_err(err)?
                .label(name.as_str())
                .legend(move |(x, y)| Rectangle::new([(x, y - 5), (x + 10, y + 5)], colour.filled()));
        }
        chart.configure_series_labels().position(SeriesLabelPosition::LowerRight).background_style(WHITE.mix(0.9)).border_style(BLACK).draw().map_err(err)?;
    } else {
        b.x_label_area_size(40).y_label_area_size(50);
        let mut chart = b.build_cartesian_2d((0..rows).into_segmented(), 0.0..top).map_err(err)?;
        chart.configure_mesh().x_labels(rows).x_label_formatter(&label).y_desc(unit).disable_x_mesh().light_line_style(WHITE).draw().map_err(err)?;
        for (ci, name) in configs.iter().enumerate() {
            let colour = COLOURS[ci % COLOURS.len()];
            let data: Vec<(usize, f64)> = groups.iter().enumerate().map(|(gi, (_, v))| (gi * slots + ci, v[ci])).collect();
            chart
                .draw_series(Histogram::vertical(&chart).style(colour.filled()).margin(1).data(data))
                .map_err(err)?
                .label(name.as_str())
                .legend(move |(x, y)| Rectangle::new([(x, y - 5), (x + 10, y + 5)], colour.filled()));
        }
        chart.configure_series_labels().position(SeriesLabelPosition::UpperRight).background_style(WHITE.mix(0.9)).border_style(BLACK).draw().map_err(err)?;
    }
    root.present().map_err(err)?;
    Ok(())
}

fn err<E: std::fmt::Debug>(e: E) -> String {
    format!("{e:?}")
}
