//! Self-checks on a scripted engine: the checks role's output is filtered (traced to the
//! requirement, running against a stub), and candidates are written, run in the sandbox and
//! kept or dropped by them — a hanging or forking candidate is killed and the next one tried.
//! The real model writes checks in pipeline_model.rs.

use std::sync::Arc;
use std::time::{Duration, Instant};

use gpiot::engine::scripted::{Rule, Script, ScriptedEngine};
use gpiot::language::Language;
use gpiot::pipeline::{FileContext, Pipeline, PipelineOptions, Requirement, Run};

fn rule(contains: &str, completion: &str) -> Rule {
    Rule { contains: contains.into(), completion: completion.into(), token_delay_ms: 0, times: None, error: None }
}

fn once(contains: &str, completion: &str) -> Rule {
    Rule { times: Some(1), ..rule(contains, completion) }
}

fn pipeline(rules: Vec<Rule>, candidates: u32) -> (Pipeline, Arc<ScriptedEngine>) {
    // A chat model: the checks role needs an instruct model.
    let engine = Arc::new(ScriptedEngine::new(Script { rules, chat: true, ..Default::default() }));
    let options = PipelineOptions { candidates, self_checks: true, ..PipelineOptions::default() };
    (Pipeline::new(engine.clone(), options), engine)
}

fn req(text: &str, language: Language) -> Requirement {
    Requirement { text: text.into(), language, context: FileContext::default() }
}

/// What the chat prompts of the checks role and of direct generation say (models/prompts/chat).
const CHECKS: &str = "The entry function is `";
const DIRECT: &str = "that implements this requirement";

const SCALE_REQ: &str = "Requirement: counts is a list of ADC counts from a load cell. Implement scale(counts) that returns each count times 0.5 as a float.\nFor example scale([4]) is [2.0]. An empty list gives [].";

/// The checks role's answer (JSON as the grammar writes it) for the scale requirement.
fn scale_checks() -> String {
    serde_json::json!({"checks": [
        {"sentence": "For example scale([4]) is [2.0].", "code": "assert scale([4]) == [2.0]"},
        {"sentence": "An empty list gives [].", "code": "assert list(scale([])) == []"},
        // Made up: the requirement has no such sentence.
        {"sentence": "scale([10]) is [5.0] for a full load", "code": "assert scale([10]) == [5.0]"},
        // Traced, but it never reaches the entry (a name nothing defines).
        {"sentence": "For example scale([4]) is [2.0].", "code": "assert scale_all([4]) == [2.0]"}
    ]})
    .to_string()
        + "\n"
}

const GOOD_PY: &str = "def scale(counts):\n    \"\"\"Counts times 0.5.\"\"\"\n    return [c * 0.5 for c in counts]\n```\n";
const WRONG_PY: &str = "def scale(counts):\n    \"\"\"Counts scaled (by a third: wrong).\"\"\"\n    return [c // 3 for c in counts]\n```\n";

#[tokio::test]
async fn checks_trace_to_the_requirements_sentences_and_reach_the_entry() {
    let (p, _) = pipeline(vec![rule(CHECKS, &scale_checks()), rule(DIRECT, GOOD_PY)], 4);
    let g = p.direct(&req(SCALE_REQ, Language::Python), &Run::default()).await.unwrap();
    let v = g.verification.expect("self-checks ran");
    assert_eq!((v.checks.proposed, v.checks.untraced, v.checks.not_running), (4, 1, 1), "{v:?}");
    let sentences: Vec<&str> = v.checks.checks.iter().map(|c| c.sentence.as_str()).collect();
    // First the check every candidate gets: it builds and defines the entry the sentence names.
    assert_eq!(sentences, ["Implement scale(counts) that returns each count times 0.5 as a float.", "For example scale([4]) is [2.0].", "An empty list gives []."]);
    assert_eq!(v.checks.checks[0].code, "assert callable(scale)");
    assert!(v.all_passed() && v.passed == 3, "{v:?}");
    assert_eq!((v.candidates, v.chosen), (1, 0), "the greedy candidate passed: no other was written");
    assert!(!g.edit.code.contains("self-check failed"), "{}", g.edit.code);
}

/// A rule checked on inputs of the check's own is kept when what it asserts states no value;
/// an expected value the requirement does not state is dropped, and listed with the reason.
#[tokio::test]
async fn a_rule_checked_on_the_checks_own_inputs_is_kept_and_a_made_up_result_is_not() {
    let answer = serde_json::json!({"checks": [
        {"sentence": "Implement scale(counts) that returns each count times 0.5 as a float.",
         "code": "r = scale([12, 7, 30])\nassert len(r) == 3 and all(isinstance(v, float) for v in r)"},
        {"sentence": "Implement scale(counts) that returns each count times 0.5 as a float.",
         "code": "assert scale([12]) == [6.0]"}
    ]})
    .to_string()
        + "\n";
    // A candidate that crashes on any reading but the empty list: the property catches it.
    let crashing = "def scale(counts):\n    \"\"\"Counts times 0.5.\"\"\"\n    return [c * 0.5 for c in counts] if not counts else counts + 0.5\n```\n";
    let (p, _) = pipeline(vec![rule(CHECKS, &answer), once(DIRECT, crashing), rule(DIRECT, GOOD_PY)], 4);
    let g = p.direct(&req(SCALE_REQ, Language::Python), &Run::default()).await.unwrap();
    let v = g.verification.unwrap();
    assert_eq!((v.checks.proposed, v.checks.invented, v.checks.properties), (2, 1, 1), "{v:?}");
    let dropped: Vec<(&str, &str)> = v.checks.dropped.iter().map(|d| (d.reason, d.code.as_str())).collect();
    assert_eq!(dropped, [("invented", "assert scale([12]) == [6.0]")]);
    assert_eq!(v.checks.checks.len(), 2, "the build check and the property: {v:?}");
    assert_eq!((v.chosen, v.passed), (1, 2), "the crashing greedy candidate is not kept: {v:?}");
    assert!(!g.edit.code.contains("counts + 0.5"), "{}", g.edit.code);
}

#[tokio::test]
async fn a_candidate_failing_a_check_is_not_kept_when_another_passes() {
    let (p, engine) = pipeline(
        vec![
            rule(CHECKS, &scale_checks()),
            once(DIRECT, WRONG_PY),
            rule(DIRECT, GOOD_PY),
        ],
        4,
    );
    let g = p.direct(&req(SCALE_REQ, Language::Python), &Run::default()).await.unwrap();
    let v = g.verification.unwrap();
    assert_eq!((v.chosen, v.passed), (1, 3), "{v:?}");
    assert!(g.edit.code.contains("c * 0.5") && !g.edit.code.contains("c // 3"), "{}", g.edit.code);
    // 1 greedy + 3 sampled candidates in one batch, and the checks call.
    assert_eq!(engine.calls(), 5);
}

#[tokio::test]
async fn when_every_candidate_fails_the_best_is_kept_and_the_failing_check_is_written_beside_it() {
    let (p, _) = pipeline(vec![rule(CHECKS, &scale_checks()), rule(DIRECT, WRONG_PY)], 2);
    let g = p.direct(&req(SCALE_REQ, Language::Python), &Run::default()).await.unwrap();
    let v = g.verification.unwrap();
    assert_eq!((v.passed, v.candidates), (2, 2), "it builds and the empty-list check passes, the example fails: {v:?}");
    assert_eq!(v.summary().as_deref(), Some("2/3 self-checks passed (candidate 1 of 2)"));
    assert!(
        g.edit.code.starts_with("# gpiot: self-check failed: \"For example scale([4]) is [2.0].\" -> AssertionError: assert scale([4]) == [2.0]\n"),
        "{}",
        g.edit.code
    );
}

#[tokio::test]
async fn a_hanging_or_forking_candidate_is_killed_and_the_next_one_tried() {
    let hangs = "def scale(counts):\n    while True:\n        pass\n```\n";
    let forks = "import os, time\n\ndef scale(counts):\n    if os.fork() == 0:\n        time.sleep(600)\n    return [0.0 for c in counts]\n```\n";
    let (p, _) = pipeline(
        vec![
            rule(CHECKS, &scale_checks()),
            once(DIRECT, hangs),
            once(DIRECT, forks),
            rule(DIRECT, GOOD_PY),
        ],
        3,
    );
    let start = Instant::now();
    let g = p.direct(&req(SCALE_REQ, Language::Python), &Run::default()).await.unwrap();
    let v = g.verification.unwrap();
    assert_eq!((v.chosen, v.passed, v.candidates), (2, 3, 3), "{v:?}");
    assert!(g.edit.code.contains("c * 0.5"), "{}", g.edit.code);
    // Two checks of the hanging candidate time out (10 s each); nothing waits for the sleeper.
    assert!(start.elapsed() < Duration::from_secs(60), "took {:?}", start.elapsed());
}

#[tokio::test]
async fn c_checks_compile_against_a_stub_and_pick_the_candidate_that_passes() {
    let r = "Requirement: implement uint8_t xor8(const uint8_t *data, size_t len) returning the XOR of the bytes; for example xor8 of {0x0F, 0xF0} is 0xFF. An empty buffer gives 0.";
    let checks = serde_json::json!({"checks": [
        {"sentence": "for example xor8 of {0x0F, 0xF0} is 0xFF.", "code": "const uint8_t d[] = {0x0F, 0xF0};\nassert(xor8(d, 2) == 0xFF);"},
        {"sentence": "An empty buffer gives 0.", "code": "assert(xor8(undeclared, 0) == 0);"}
    ]})
    .to_string();
    let wrong = "#include <stdint.h>\n#include <stddef.h>\n\nuint8_t xor8(const uint8_t *data, size_t len) {\n    uint8_t x = 0;\n    for (size_t i = 0; i < len; i++) x += data[i];\n    return x + 1;\n}\n```\n";
    let good = "#include <stdint.h>\n#include <stddef.h>\n\nuint8_t xor8(const uint8_t *data, size_t len) {\n    uint8_t x = 0;\n    for (size_t i = 0; i < len; i++) x ^= data[i];\n    return x;\n}\n```\n";
    let (p, _) = pipeline(
        vec![rule(CHECKS, &(checks + "\n")), once(DIRECT, wrong), rule(DIRECT, good)],
        2,
    );
    let g = p.direct(&req(r, Language::C), &Run::default()).await.unwrap();
    let v = g.verification.unwrap();
    assert_eq!(v.checks.not_running, 1, "the check that does not compile is dropped: {v:?}");
    assert_eq!((v.chosen, v.passed), (1, 2), "{v:?}");
    assert!(g.edit.code.contains("x ^= data[i]"), "{}", g.edit.code);
}

#[tokio::test]
async fn a_candidate_that_does_not_import_is_dropped_for_one_that_does() {
    // Nothing checkable stated, but every candidate must import and define the entry.
    let broken = "from scipy.signal import fft\n\ndef scale(counts):\n    return [c * 0.5 for c in counts]\n```\n";
    let (p, _) = pipeline(vec![rule(CHECKS, "{\"checks\": []}\n"), once(DIRECT, broken), rule(DIRECT, GOOD_PY)], 4);
    let g = p.direct(&req(SCALE_REQ, Language::Python), &Run::default()).await.unwrap();
    let v = g.verification.unwrap();
    assert_eq!((v.checks.checks.len(), v.chosen, v.passed), (1, 1, 1), "{v:?}");
    assert!(!g.edit.code.contains("scipy"), "{}", g.edit.code);
}

#[tokio::test]
async fn a_completion_format_model_writes_no_checks() {
    let engine = Arc::new(ScriptedEngine::new(Script { rules: vec![rule("### GPIoT direct code generation", WRONG_PY)], ..Default::default() }));
    let p = Pipeline::new(engine.clone(), PipelineOptions::default());
    let g = p.direct(&req(SCALE_REQ, Language::Python), &Run::default()).await.unwrap();
    assert_eq!(g.verification.unwrap().checks.checks.len(), 0);
    assert_eq!(engine.calls(), 1, "no checks call, no candidates");
}

#[tokio::test]
async fn without_checks_or_with_self_checks_off_nothing_extra_runs() {
    // The checks role answers with nothing checkable: the greedy code is kept, no candidates.
    let (p, engine) = pipeline(vec![rule(CHECKS, "{\"checks\": []}\n"), rule(DIRECT, WRONG_PY)], 4);
    let g = p.direct(&req(SCALE_REQ, Language::Python), &Run::default()).await.unwrap();
    assert_eq!(g.verification.unwrap().candidates, 1);
    assert_eq!(engine.calls(), 2);
    let engine = Arc::new(ScriptedEngine::new(Script { rules: vec![rule(DIRECT, WRONG_PY)], chat: true, ..Default::default() }));
    let off = Pipeline::new(engine.clone(), PipelineOptions { self_checks: false, ..PipelineOptions::default() });
    let g = off.direct(&req(SCALE_REQ, Language::Python), &Run::default()).await.unwrap();
    assert!(g.verification.is_none());
    assert_eq!(engine.calls(), 1);
}

#[tokio::test]
async fn the_repair_turn_shows_the_failing_check_and_keeps_a_fix_that_passes() {
    let (p, engine) = pipeline(
        vec![rule(CHECKS, &scale_checks()), rule("The code fails this check", GOOD_PY), rule(DIRECT, WRONG_PY)],
        2,
    );
    let g = p.direct(&req(SCALE_REQ, Language::Python), &Run::default()).await.unwrap();
    let v = g.verification.unwrap();
    assert!(v.repaired && v.all_passed(), "{v:?}");
    assert!(g.edit.code.contains("c * 0.5") && !g.edit.code.contains("self-check failed"), "{}", g.edit.code);
    // The repair prompt carries the best candidate, the check's sentence, its code and output.
    let prompts = engine.prompts.lock().unwrap();
    let repair = prompts.iter().find(|p| p.contains("The code fails this check")).expect("a repair turn");
    assert!(repair.contains("<|assistant|>\n```python\ndef scale(counts):"), "{repair}");
    assert!(repair.contains("\"For example scale([4]) is [2.0].\"") && repair.contains("assert scale([4]) == [2.0]") && repair.contains("AssertionError"), "{repair}");
}

/// gpiot on a chat model (the scripted TD, RT and CG answers of one plan for SCALE_REQ): the
/// pipeline's entry is `entry_code`.
fn gpiot_rules(entry_code: &str, checks: &str) -> Vec<Rule> {
    let plan = r#"{"entry": "scale(counts)", "tasks": [{"name": "halve", "description": "Each count times 0.5.", "inputs": "counts: list of ints", "outputs": "list of numbers"}, {"name": "as_floats", "description": "Each value as a float.", "inputs": "values: list of numbers", "outputs": "list of floats"}]}"#;
    let spec = |sig: &str| format!("{{\"signature\": \"{sig}\", \"inputs\": \"counts: list of ints\", \"outputs\": \"list of floats\", \"behaviour\": \"each count times 0.5\", \"constraints\": \"\", \"libraries\": \"none\"}}\n");
    vec![
        rule(CHECKS, checks),
        rule("ordered sub-tasks", &format!("{plan}\n")),
        rule("Sub-task `halve`", &spec("halve(counts)")),
        rule("Sub-task `as_floats`", &spec("as_floats(values)")),
        rule("Sub-task `scale`", &spec("scale(counts)")),
        rule("Write this one function, `as_floats(", "def as_floats(values):\n    \"\"\"Each value as a float.\"\"\"\n    return [float(v) for v in values]\n```\n"),
        rule("Write this one function, `halve(", "def halve(counts):\n    \"\"\"Each count halved.\"\"\"\n    return [c * 0.5 for c in counts]\n```\n"),
        rule("Write this one function, `scale(", entry_code),
        rule(DIRECT, GOOD_PY),
    ]
}

/// A typical-input check (a property: no value stated) and the stated example.
fn typical_input_checks() -> String {
    serde_json::json!({"checks": [
        {"sentence": "Implement scale(counts) that returns each count times 0.5 as a float.",
         "code": "x = [float(i) for i in range(500)]\nr = scale(x)\nassert len(r) == len(x)"},
        {"sentence": "For example scale([4]) is [2.0].", "code": "assert scale([4]) == [2.0]"}
    ]})
    .to_string()
        + "\n"
}

/// A requirement that names its entry gets a whole-module draft first; when it passes every
/// check the pipeline never runs.
#[tokio::test]
async fn gpiot_keeps_a_draft_that_passes_and_runs_no_pipeline() {
    let good = "def scale(counts):\n    \"\"\"Halved counts.\"\"\"\n    return as_floats(halve(counts))\n```\n";
    let (p, engine) = pipeline(gpiot_rules(good, &typical_input_checks()), 4);
    let g = p.generate_detailed(&req(SCALE_REQ, Language::Python), &Run::default()).await.unwrap();
    let v = g.verification.expect("self-checks ran");
    assert_eq!((v.checks.checks.len(), v.checks.properties), (3, 1), "the build check, the property, the example: {v:?}");
    assert!(v.all_passed() && v.drafted && !v.repaired, "{v:?}");
    assert_eq!((v.chosen, v.candidates), (0, 1), "{v:?}");
    assert_eq!(v.summary().as_deref(), Some("3/3 self-checks passed (candidate 1 of 1: the whole-module draft)"));
    assert_eq!(g.edit.code.trim_end(), GOOD_PY.trim_end_matches("```\n").trim_end(), "the draft, and only the draft");
    assert!(g.plan.is_none() && g.implementations.len() == 1, "{:?}", g.implementations);
    assert!(!engine.prompts.lock().unwrap().iter().any(|p| p.contains("ordered sub-tasks")), "no decomposition");
}

/// A draft failing a check is followed by the pipeline's module, candidate 2, kept when it
/// passes; the unchecked code (what the run writes without checks) is the draft.
#[tokio::test]
async fn gpiot_runs_the_pipeline_when_the_draft_fails_a_check() {
    let good = "def scale(counts):\n    \"\"\"Halved counts.\"\"\"\n    return as_floats(halve(counts))\n```\n";
    let mut rules = vec![once(DIRECT, WRONG_PY)];
    rules.extend(gpiot_rules(good, &typical_input_checks()));
    let (p, engine) = pipeline(rules, 4);
    let g = p.generate_detailed(&req(SCALE_REQ, Language::Python), &Run::default()).await.unwrap();
    let v = g.verification.expect("self-checks ran");
    assert!(v.all_passed() && !v.drafted && !v.repaired, "{v:?}");
    assert_eq!((v.chosen, v.candidates), (1, 2), "{v:?}");
    assert!(g.edit.code.contains("def halve(") && g.edit.code.contains("return as_floats(halve(counts))"), "{}", g.edit.code);
    assert_eq!(g.implementations.len(), 3);
    assert!(g.plan.is_some());
    assert!(g.unchecked.unwrap().code.contains("c // 3"), "the unchecked code is the draft");
    assert_eq!(engine.prompts.lock().unwrap().iter().filter(|p| p.contains(DIRECT)).count(), 1, "one draft, no sampled ones");
}

/// When the draft fails a check and the pipeline cannot run (the plan is not JSON), the draft
/// is kept with its failing check noted, not an error.
#[tokio::test]
async fn gpiot_keeps_the_failing_draft_when_the_pipeline_fails() {
    let rules = vec![rule(CHECKS, &typical_input_checks()), rule("ordered sub-tasks", "not a plan\n"), rule(DIRECT, WRONG_PY)];
    let (p, _) = pipeline(rules, 4);
    let g = p.generate_detailed(&req(SCALE_REQ, Language::Python), &Run::default()).await.unwrap();
    let v = g.verification.expect("self-checks ran");
    assert!(v.drafted && !v.all_passed(), "{v:?}");
    assert!(g.edit.code.contains("self-check failed") && g.edit.code.contains("c // 3"), "{}", g.edit.code);
}

/// The scale requirement without a signature: the checks call the entry the plan names.
const UNNAMED_REQ: &str = "Requirement: counts is a list of ADC counts from a load cell. The module scales each count by 0.5 and gives floats.\nFor example scale([4]) is [2.0]. An empty list gives [].";

/// A requirement naming no entry gets the pipeline first. When its code fails a check (here
/// it crashes on a typical input, as code whose helpers disagree on types does), the second
/// candidate is a whole module drafted from the requirement alone; it passes and is kept in
/// place of the pipeline's functions.
#[tokio::test]
async fn without_a_named_entry_gpiot_drafts_after_the_pipelines_code_fails_a_check() {
    let crashes = "def scale(counts):\n    \"\"\"Halved counts.\"\"\"\n    return as_floats(halve(counts) * 1.0)\n```\n";
    let checks = serde_json::json!({"checks": [
        {"sentence": "The module scales each count by 0.5 and gives floats.",
         "code": "x = [float(i) for i in range(500)]\nr = scale(x)\nassert len(r) == len(x)"},
        {"sentence": "For example scale([4]) is [2.0].", "code": "assert scale([4]) == [2.0]"}
    ]})
    .to_string()
        + "\n";
    let (p, engine) = pipeline(gpiot_rules(crashes, &checks), 4);
    let g = p.generate_detailed(&req(UNNAMED_REQ, Language::Python), &Run::default()).await.unwrap();
    let v = g.verification.expect("self-checks ran");
    assert!(v.all_passed() && v.drafted && !v.repaired, "{v:?}");
    assert_eq!((v.chosen, v.candidates), (1, 2), "{v:?}");
    assert!(v.summary().unwrap().ends_with("(candidate 2 of 2: the whole-module draft)"), "{v:?}");
    assert_eq!(g.edit.code.trim_end(), GOOD_PY.trim_end_matches("```\n").trim_end(), "the draft, and only the draft");
    assert_eq!(g.implementations.len(), 1, "{:?}", g.implementations);
    assert!(g.unchecked.unwrap().code.contains("halve(counts) * 1.0"), "the unchecked code is the pipeline's");
    assert_eq!(engine.prompts.lock().unwrap().iter().filter(|p| p.contains(DIRECT)).count(), 1, "one draft");
}

/// With one candidate the draft is the answer: no pipeline runs when it fails a check.
#[tokio::test]
async fn with_one_candidate_gpiot_keeps_the_failing_draft_without_running_the_pipeline() {
    let good = "def scale(counts):\n    \"\"\"Halved counts.\"\"\"\n    return as_floats(halve(counts))\n```\n";
    let mut rules = vec![rule(DIRECT, WRONG_PY)];
    rules.extend(gpiot_rules(good, &typical_input_checks()));
    let (p, engine) = pipeline(rules, 1);
    let g = p.generate_detailed(&req(SCALE_REQ, Language::Python), &Run::default()).await.unwrap();
    let v = g.verification.expect("self-checks ran");
    assert!(v.drafted && !v.all_passed() && v.candidates == 1, "{v:?}");
    assert!(g.edit.code.contains("self-check failed") && g.edit.code.contains("c // 3"), "{}", g.edit.code);
    assert!(!engine.prompts.lock().unwrap().iter().any(|p| p.contains("ordered sub-tasks")), "no decomposition");
}
