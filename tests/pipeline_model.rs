//! MODEL TESTS: the pipeline on the real default model (`gpiot model list`). Slow: marked by
//! the `model` in the names; `make test` runs them with small token budgets.
//! GPIOT_SKIP_MODEL_TESTS=1 skips them.

use std::sync::Arc;

use gpiot::engine::factory::EngineArgs;
use gpiot::engine::{CancellationToken, ChatMessage, Completion, CompletionRequest, Engine, FinishReason};
use gpiot::language::Language;
use gpiot::models::manifest::PromptFormat;
use gpiot::pipeline::prompts::{Role, Roles};
use gpiot::pipeline::{plan, prompts, FileContext, Pipeline, PipelineOptions, Plan, Requirement, Run};

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

/// Runs one role's prompt, in the model's prompt format, with its grammar (and its adapter
/// when one is installed).
async fn constrained(engine: &Arc<dyn Engine>, role: Role, lang: Language, vars: &[(&str, &str)], max_tokens: u32) -> Completion {
    let roles = Roles::embedded();
    let settings = roles.get(role);
    let format = if engine.info().chat { PromptFormat::Chat } else { PromptFormat::Completion };
    let prompt = prompts::render_prompt(role, lang, format, vars, &[]).unwrap();
    let mut r = CompletionRequest::new(prompt.text, max_tokens);
    r.chat = prompt.messages.iter().map(|(role, content)| ChatMessage::new(role, content.clone())).collect();
    r.grammar = settings.grammar.as_deref().and_then(prompts::grammar).map(str::to_string);
    r.stop = settings.stop.clone();
    if engine.info().adapters.iter().any(|a| a == role.name()) {
        r.adapter = Some(role.name().into());
    }
    engine.complete(r, CancellationToken::new(), None).await.unwrap()
}

/// What the grammar guarantees: an output that ended by itself is complete JSON of the
/// role's shape; one cut by the token limit is a single-line prefix of it. Whether the
/// plan is any good is IoTBench's question, not this test's.
fn assert_grammar_shape(c: &Completion, prefix: &str, parses: impl Fn(&str) -> bool, what: &str) {
    assert!(c.text.starts_with(prefix) && !c.text.contains('\n'), "{what}: not the grammar's shape: {:?}", c.text);
    match c.finish {
        FinishReason::EndOfText => assert!(parses(&c.text), "{what}: ended but is not valid: {:?}", c.text),
        FinishReason::Length => {}
        FinishReason::Stop => panic!("{what}: a stop string inside grammar-constrained JSON: {:?}", c.text),
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn model_td_output_follows_the_task_grammar_on_ten_requirements() {
    let Some(engine) = engine().await else { return };
    let mut complete = 0;
    for (text, language) in REQUIREMENTS {
        let req = Requirement { text: text.into(), language, context: FileContext::default() };
        let c = constrained(&engine, Role::Td, language, &[("context", "none"), ("requirement", &req.prompt_text())], 512).await;
        assert_grammar_shape(&c, "{\"entry\": \"", |t| serde_json::from_str::<Plan>(t).is_ok(), text);
        complete += (c.finish == FinishReason::EndOfText) as u32;
    }
    eprintln!("{complete}/10 task lists complete within 512 tokens (adapters: {:?})", engine.info().adapters);
}

#[tokio::test(flavor = "multi_thread")]
async fn model_rt_output_follows_the_spec_grammar() {
    let Some(engine) = engine().await else { return };
    let (text, language) = REQUIREMENTS[0];
    let vars = [("requirement", text), ("name", "band_pass"), ("description", "Band-pass filter the PPG."), ("inputs", "samples, fs"), ("outputs", "filtered")];
    let c = constrained(&engine, Role::Rt, language, &vars, 256).await;
    assert_grammar_shape(&c, "{\"signature\": \"", |t| plan::parse_spec(t, language).is_ok(), "spec");
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
                // The pipeline's functions, or one whole module (a draft or the repair turn
                // kept by the self-checks; a draft that passes leaves the pipeline unrun).
                let whole = g.verification.as_ref().is_some_and(|v| v.drafted || v.repaired);
                match &g.plan {
                    Some(plan) if !whole => assert_eq!(g.implementations.len(), plan.tasks.len() + 1),
                    _ => assert!(whole && g.implementations.len() == 1, "{:?} {:?}", g.verification, g.implementations),
                }
                assert!(g.stats.generated_tokens > 0);
            }
            // With 96 tokens the plan itself may be cut short: that must be a clear error.
            Err(e) => assert!(e.to_string().contains("task decomposition failed"), "{e}"),
        }
    }
    // Without self-checks there is no draft: the paper's pipeline writes every function.
    let (text, language) = REQUIREMENTS[0];
    let req = Requirement { text: text.into(), language, context: FileContext::default() };
    let options = PipelineOptions { max_tokens: Some(96), max_retries: 0, self_checks: false, ..Default::default() };
    match Pipeline::new(pipeline.engine().clone(), options).generate_detailed(&req, &Run::default()).await {
        Ok(g) => assert_eq!(g.implementations.len(), g.plan.expect("the pipeline's plan").tasks.len() + 1),
        Err(e) => assert!(e.to_string().contains("task decomposition failed"), "{e}"),
    }
}

/// The default model, a chat model, through its GGUF's chat template: the checks role turns
/// the requirement's stated example into a check that traces to that sentence and reaches the
/// entry, and the kept code is judged by it (whatever the verdict: the model may be wrong).
#[tokio::test(flavor = "multi_thread")]
async fn model_chat_checks_trace_to_the_requirements_example() {
    let Some(engine) = engine().await else { return };
    assert!(engine.info().chat, "the default model takes chat prompts (self-checks are for chat models)");
    let text = "Requirement: an MCU reads a Sensirion SHT3x humidity sensor whose 2-byte words carry a CRC.\nImplement uint8_t crc8(const uint8_t *data, size_t len) computing CRC-8 with polynomial 0x31\n(x^8 + x^5 + x^4 + 1), initial value 0xFF, MSB first, no reflection and no final XOR;\nfor example crc8 of {0xBE, 0xEF} is 0x92.";
    let req = Requirement { text: text.into(), language: Language::C, context: FileContext::default() };
    let options = PipelineOptions { max_tokens: Some(320), candidates: 2, ..Default::default() };
    let g = Pipeline::new(engine, options).direct(&req, &Run::default()).await.unwrap();
    let v = g.verification.expect("self-checks ran");
    eprintln!("{v:#?}\n{}", g.edit.code);
    // The first check is the one every candidate gets (it builds and defines crc8).
    assert!(v.checks.checks.iter().skip(1).any(|c| c.code.contains("0x92")), "the stated example became a check: {v:?}");
    // Each check's sentence is the requirement's own text (one sentence, or consecutive ones
    // when the model quoted across a split).
    let words = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    for c in &v.checks.checks {
        assert!(words(text).contains(&c.sentence), "{:?} is the requirement's text", c.sentence);
        assert!(c.code.contains("crc8"), "the check is about the entry: {c:?}");
    }
    assert_eq!(v.results.len(), v.checks.checks.len());
    assert!((1..=2).contains(&v.candidates));
    // The code that reaches the buffer compiles with the requirement's prototype.
    assert!(g.edit.code.contains("crc8("), "{}", g.edit.code);
}
