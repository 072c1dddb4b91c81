//! The pipeline on the real model. Slow: marked by the `model` in the names; `make test` runs
//! them with small token budgets. GPIOT_SKIP_MODEL_TESTS=1 skips them.

use std::sync::Arc;

use gpiot::engine::factory::EngineArgs;
use gpiot::engine::Engine;
use gpiot::language::Language;
use gpiot::pipeline::{plan, prompts, FileContext, Pipeline, PipelineOptions, Requirement, Run, Stats};

async fn engine() -> Option<Arc<dyn Engine>> {
    if std::env::var_os("GPIOT_SKIP_MODEL_TESTS").is_some() {
        eprintln!("GPIOT_SKIP_MODEL_TESTS set: skipping a real-model test");
        return None;
    }
    let args = EngineArgs { threads: Some(1), ctx: Some(4096), ..Default::default() };
    Some(args.load(true).await.expect("the installed model loads (run `make model`)"))
}

const REQUIREMENTS: [(&str, Language); 10] = [
    ("Requirement: samples is a list of PPG values at fs Hz. Implement estimate_heart_rate(samples, fs) returning beats per minute.", Language::Python),
    ("Requirement: acc is an N x 3 numpy array of accelerometer samples at 50 Hz. Implement detect_fall(acc) returning True when a fall occurs.", Language::Python),
    ("Requirement: implement count_steps(acc_magnitude, fs) that counts steps in a walking accelerometer signal.", Language::Python),
    ("Requirement: temps is a list of temperature readings. Implement find_anomalies(temps, window) returning the indices whose rolling z-score exceeds 3.", Language::Python),
    ("Requirement: fuse gyroscope rate and accelerometer angle with a complementary filter: implement fuse_pitch(gyro, acc_angle, dt, alpha).", Language::Python),
    ("@iot resample a list of (timestamp, value) sensor readings to a fixed rate with linear interpolation: resample(readings, rate_hz).", Language::Python),
    ("Requirement: implement uint16_t crc16_ccitt(const uint8_t *data, int len) for packet checksums on a microcontroller.", Language::C),
    ("Requirement: a button is sampled every 5 ms; implement int debounce(const int *raw, int n, int *out, int stable) without dynamic memory.", Language::C),
    ("Requirement: implement a ring buffer for sensor samples: int rb_push(struct ring *rb, int16_t v) with a fixed capacity of 64.", Language::C),
    ("Requirement: parse an NMEA GPGGA sentence: int parse_gpgga(const char *line, double *lat, double *lon) returning 0 on success.", Language::C),
];

#[tokio::test(flavor = "multi_thread")]
async fn model_td_with_grammar_gives_valid_task_json_on_ten_requirements() {
    let Some(engine) = engine().await else { return };
    let pipeline = Pipeline::new(engine, PipelineOptions { max_tokens: Some(384), ..Default::default() });
    let mut failures = Vec::new();
    for (text, language) in REQUIREMENTS {
        let req = Requirement { text: text.into(), language, context: FileContext::default() };
        let mut stats = Stats::default();
        match pipeline.plan(&req, &Run::default(), &mut stats).await {
            Ok(p) => assert!((2..=8).contains(&p.tasks.len())),
            Err(e) => failures.push(format!("{text}: {e}")),
        }
    }
    // The grammar guarantees the shape; only a plan cut by the token limit could fail.
    assert!(failures.is_empty(), "{failures:#?}");
}

#[tokio::test(flavor = "multi_thread")]
async fn model_rt_with_grammar_gives_a_parseable_spec() {
    let Some(engine) = engine().await else { return };
    let pipeline = Pipeline::new(engine, PipelineOptions { max_tokens: Some(256), ..Default::default() });
    let (text, language) = REQUIREMENTS[0];
    let req = Requirement { text: text.into(), language, context: FileContext::default() };
    let plan = plan::Plan {
        entry: "def estimate_heart_rate(samples, fs)".into(),
        tasks: vec![
            plan::Task { name: "band_pass".into(), description: "Band-pass filter the PPG.".into(), inputs: "samples, fs".into(), outputs: "filtered".into() },
            plan::Task { name: "detect_peaks".into(), description: "Find systolic peaks.".into(), inputs: "filtered, fs".into(), outputs: "peak indices".into() },
        ],
    };
    let specs = pipeline.specs(&req, &plan, &Run::default(), &mut Stats::default()).await.unwrap();
    assert_eq!(specs[0].function_name().as_deref(), Some("band_pass"));
    assert_eq!(specs[1].function_name().as_deref(), Some("detect_peaks"));
}

#[tokio::test(flavor = "multi_thread")]
async fn model_generate_end_to_end_returns_a_module_for_python_and_c() {
    let Some(engine) = engine().await else { return };
    // A small budget: this checks the pipeline runs on the real model, not code quality
    // (IoTBench measures that).
    let pipeline = Pipeline::new(engine, PipelineOptions { max_tokens: Some(96), max_retries: 0, ..Default::default() });
    for i in [0, 7] {
        let (text, language) = REQUIREMENTS[i];
        let req = Requirement { text: text.into(), language, context: FileContext::default() };
        match pipeline.generate_detailed(&req, &Run::default()).await {
            Ok(g) => {
                let plan = g.plan.unwrap();
                assert_eq!(g.implementations.len(), plan.tasks.len() + 1);
                assert!(g.stats.generated_tokens > 0);
            }
            // With 96 tokens the plan itself may be cut short: that must be a clear error.
            Err(e) => assert!(e.to_string().contains("task decomposition failed"), "{e}"),
        }
    }
    let _ = prompts::Role::Td;
}
