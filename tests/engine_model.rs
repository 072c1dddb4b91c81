//! MODEL TESTS: the in-process engine on the real default model (`gpiot model list`), and on
//! Gemma 3 270M where the test is about Gemma (its SentencePiece vocabulary pruned, its sliding
//! window).
//! Slow-ish: each test loads a model (~1-2 s) and generates a few dozen tokens. Needs
//! `gpiot model install` (and `gpiot model install gemma-3-270m`; `make test` installs both);
//! set GPIOT_SKIP_MODEL_TESTS=1 to skip on a machine without the models.

use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;

use gpiot::engine::llama::{LlamaConfig, LlamaEngine};
use gpiot::engine::{CancellationToken, ChatMessage, CompletionRequest, Engine, EngineError, FinishReason};
use gpiot::models::Assets;

/// The default model's engine settings for a test (None when model tests are skipped).
fn model_config() -> Option<LlamaConfig> {
    config_for(None)
}

/// Gemma 3 270M's, for the tests about Gemma.
fn gemma_config() -> Option<LlamaConfig> {
    config_for(Some("gemma-3-270m"))
}

fn config_for(model: Option<&str>) -> Option<LlamaConfig> {
    if std::env::var_os("GPIOT_SKIP_MODEL_TESTS").is_some() {
        eprintln!("GPIOT_SKIP_MODEL_TESTS set: skipping a real-model test");
        return None;
    }
    let selected = Assets::new().select(model).expect("the model is in the catalogue");
    let path = selected.path;
    let name = selected.name.unwrap_or_default();
    assert!(path.is_file(), "model missing at {}: run `gpiot model install {name}` (`make test` does; or set GPIOT_SKIP_MODEL_TESTS=1)", path.display());
    let mut c = LlamaConfig::new(path);
    c.n_ctx = 2048;
    // One thread per engine: tests run two at a time on two cores, and oversubscribed
    // OpenMP threads spin against each other (10x slower, measured).
    c.threads = 1;
    Some(c)
}

fn load(c: LlamaConfig) -> LlamaEngine {
    LlamaEngine::load(c).expect("the installed model loads")
}

const PROMPT: &str = "def moving_average(values, window):\n    \"\"\"Return the moving average of values.\"\"\"\n";

#[tokio::test(flavor = "multi_thread")]
async fn same_prompt_twice_gives_identical_greedy_output() {
    let Some(c) = model_config() else { return };
    let e = load(c);
    // Long enough on every tokenizer to be worth reusing (the engine keeps 16+ shared tokens).
    let prompt = format!("{PROMPT}    # values: one reading per sample, oldest first; window: samples per average\n");
    let a = e.complete(CompletionRequest::new(prompt.clone(), 24), CancellationToken::new(), None).await.unwrap();
    let b = e.complete(CompletionRequest::new(prompt, 24), CancellationToken::new(), None).await.unwrap();
    assert_eq!(a.text, b.text);
    assert!(a.generated_tokens > 0);
    // The second run reused the cached prompt (all but the last token).
    assert_eq!(b.reused_tokens, b.prompt_tokens - 1);
}

#[tokio::test(flavor = "multi_thread")]
async fn prefix_reuse_gives_the_same_text_as_a_fresh_engine() {
    let Some(c) = model_config() else { return };
    let other = format!("{PROMPT}    if window <= 0:\n");
    let warm = load(c.clone());
    warm.complete(CompletionRequest::new(PROMPT, 8), CancellationToken::new(), None).await.unwrap();
    let reused = warm.complete(CompletionRequest::new(other.clone(), 16), CancellationToken::new(), None).await.unwrap();
    assert!(reused.reused_tokens > 10, "a shared prefix is reused: {}", reused.reused_tokens);
    drop(warm);
    let fresh = load(c).complete(CompletionRequest::new(other, 16), CancellationToken::new(), None).await.unwrap();
    assert_eq!(fresh.reused_tokens, 0);
    assert_eq!(reused.text, fresh.text);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_prompt_sharing_only_a_few_tokens_starts_from_a_clean_cache() {
    // Keeping BOS alone made the next 512-token prompt decode ~8 % slower (make bench).
    let Some(c) = model_config() else { return };
    let e = load(c);
    e.complete(CompletionRequest::new(PROMPT, 4), CancellationToken::new(), None).await.unwrap();
    let other = e.complete(CompletionRequest::new("int main(void) { return 0; }", 4), CancellationToken::new(), None).await.unwrap();
    assert_eq!(other.reused_tokens, 0);
}

/// The installed models are the base models with their vocabulary pruned (models/vocab).
/// Greedy decoding must not notice: same tokenization of the prompt, same text, on prompts of
/// each kind the server sends and a few it does not. Gemma's tokenizer is SentencePiece.
#[tokio::test(flavor = "multi_thread")]
async fn the_pruned_vocabulary_model_writes_what_the_full_model_writes() {
    let Some((pruned, full)) = pruned_and_full("gemma-3-270m") else { return };
    let prompts = [
        CompletionRequest::new(PROMPT, 40),
        CompletionRequest::new("### GPIoT task decomposition\n### Language: c\n### Requirement:\nRead a TMP36 on ADC channel 2 every 500 ms and print °C over UART.\n### Tasks:\n", 40),
        CompletionRequest::new("/* Debounce a push button sampled every 5 ms: report a press after 4 equal samples. */\n#include <stdint.h>\n", 40),
        CompletionRequest::new("import numpy as np\n\ndef rms(window: np.ndarray) -> float:\n", 40),
        CompletionRequest::new("// ±0.5 °C, 25 µs per sample\n", 40),
    ];
    writes_the_same(&pruned, &full, &prompts).await;
    other_languages_take_more_tokens(&pruned, &full).await;
}

/// The same for the default model, whose tokenizer is byte-level BPE: the merges among kept
/// tokens are kept, and the chat template's special tokens are renumbered.
#[tokio::test(flavor = "multi_thread")]
async fn the_pruned_bpe_vocabulary_model_writes_what_the_full_model_writes() {
    let name = Assets::new().manifest.default.clone();
    let Some((pruned, full)) = pruned_and_full(&name) else { return };
    let chat = |system: &str, user: &str| {
        let mut r = CompletionRequest::new("", 40);
        r.chat = vec![ChatMessage::new("system", system), ChatMessage::new("user", user)];
        r
    };
    let prompts = [
        CompletionRequest::new(PROMPT, 40),
        chat("You are an embedded C programmer. Answer with code only.", "Read a TMP36 on ADC channel 2 every 500 ms and print °C over UART."),
        chat("You write Python for IoT devices.", "Write `def rms(window: np.ndarray) -> float` (±0.5 °C, 25 µs per sample)."),
        CompletionRequest::new("/* Debounce a push button sampled every 5 ms: report a press after 4 equal samples. */\n#include <stdint.h>\n", 40),
        CompletionRequest::new("// ±0.5 °C, 25 µs per sample\n", 40),
    ];
    writes_the_same(&pruned, &full, &prompts).await;
    other_languages_take_more_tokens(&pruned, &full).await;
}

/// Engines on a catalogue model's runtime (pruned) file and on the file it ships as.
fn pruned_and_full(name: &str) -> Option<(LlamaEngine, LlamaEngine)> {
    let pruned = config_for(Some(name))?;
    let assets = Assets::new();
    let entry = assets.manifest.model(name).expect("the model is in the catalogue");
    assert!(entry.vocab.is_some(), "{name} has a pruned vocabulary in models/manifest.toml");
    let full_path = assets.cache_dir.join(&entry.file);
    assert!(full_path.is_file(), "{name} missing at {}: run `gpiot model install {name}` (make test does)", full_path.display());
    let mut full = pruned.clone();
    full.model = full_path;
    Some((load(pruned), load(full)))
}

async fn writes_the_same(pruned: &LlamaEngine, full: &LlamaEngine, requests: &[CompletionRequest]) {
    for r in requests {
        let x = pruned.complete(r.clone(), CancellationToken::new(), None).await.unwrap();
        let y = full.complete(r.clone(), CancellationToken::new(), None).await.unwrap();
        let what = if r.chat.is_empty() { &r.prompt } else { &r.chat[1].content };
        assert_eq!(x.prompt_tokens, y.prompt_tokens, "tokenization of {what:?}");
        assert_eq!(x.text, y.text, "prompt {what:?}");
        assert!(x.generated_tokens > 0);
    }
}

/// Prose in another language than English, or CJK, falls outside the kept vocabulary: the
/// pruned model spells it with shorter pieces or bytes (more tokens) and its text may differ
/// (models/vocab/README.md: how to run the full model for such prose).
async fn other_languages_take_more_tokens(pruned: &LlamaEngine, full: &LlamaEngine) {
    for p in ["Résumé: le capteur mesure 25 µs par échantillon (±0.5 °C).\n", "温度センサー\n"] {
        let x = pruned.complete(CompletionRequest::new(p, 8), CancellationToken::new(), None).await.unwrap();
        let y = full.complete(CompletionRequest::new(p, 8), CancellationToken::new(), None).await.unwrap();
        assert!(x.prompt_tokens > y.prompt_tokens, "{p:?}: {} vs {}", x.prompt_tokens, y.prompt_tokens);
        assert!(x.generated_tokens > 0);
    }
}

/// Gemma 3's local layers attend to the last 512 positions, and the engine keeps only that
/// window (models/manifest.toml `swa_full = false`). After a prompt longer than the window,
/// a request sharing just its beginning must not reuse cells the window has dropped.
#[tokio::test(flavor = "multi_thread")]
async fn prefix_reuse_after_the_sliding_window_moved_gives_the_same_text_as_a_fresh_engine() {
    let Some(mut c) = gemma_config() else { return };
    // One sequence: the window cache is then n_swa + n_ubatch = 1024 cells, which the long
    // prompt overruns, so old cells really are dropped.
    c.max_sequences = 1;
    let filler: String = (0..120).map(|i| format!("# reading {i}: {} mV\n", 1000 + 7 * i)).collect();
    let long = format!("{PROMPT}{filler}");
    let short = format!("{PROMPT}    total = 0\n");
    let warm = load(c.clone());
    let first = warm.complete(CompletionRequest::new(long, 4), CancellationToken::new(), None).await.unwrap();
    assert!(first.prompt_tokens > 1024, "the first prompt outgrows the window: {}", first.prompt_tokens);
    let after = warm.complete(CompletionRequest::new(short.clone(), 16), CancellationToken::new(), None).await.unwrap();
    drop(warm);
    let fresh = load(c).complete(CompletionRequest::new(short, 16), CancellationToken::new(), None).await.unwrap();
    assert_eq!(after.text, fresh.text, "reused {} tokens", after.reused_tokens);
    assert_eq!(after.reused_tokens, 0, "the dropped window cannot be reused");
}

#[tokio::test(flavor = "multi_thread")]
async fn cancellation_stops_within_a_token() {
    let Some(c) = model_config() else { return };
    let e = load(c);
    let cancel = CancellationToken::new();
    let after_cancel = Arc::new(AtomicU32::new(0));
    let sink = {
        let cancel = cancel.clone();
        let after = after_cancel.clone();
        Arc::new(move |_: usize, _: &str| {
            if cancel.is_cancelled() {
                after.fetch_add(1, Ordering::SeqCst);
            }
            cancel.cancel();
        })
    };
    let mut r = CompletionRequest::new(PROMPT, 200);
    r.ignore_eog = true;
    let out = e.complete(r, cancel, Some(sink)).await;
    assert!(matches!(out, Err(EngineError::Cancelled)), "got {out:?}");
    assert_eq!(after_cancel.load(Ordering::SeqCst), 0, "no token streamed after cancel");
    // The engine is free again right away.
    let next = e.complete(CompletionRequest::new("x = ", 2), CancellationToken::new(), None).await.unwrap();
    assert!(next.generated_tokens >= 1);
}

#[tokio::test(flavor = "multi_thread")]
async fn grammar_constrained_output_parses() {
    let Some(c) = model_config() else { return };
    let e = load(c);
    let mut r = CompletionRequest::new("Sensor configuration as JSON:\n", 40);
    r.grammar = Some(r#"root ::= "{\"sensor\": \"" [a-z]{1,12} "\", \"rate_hz\": " [1-9] [0-9]{0,3} "}""#.into());
    let out = e.complete(r, CancellationToken::new(), None).await.unwrap();
    assert_eq!(out.finish, FinishReason::EndOfText, "{out:?}");
    let v: serde_json::Value = serde_json::from_str(&out.text).unwrap_or_else(|err| panic!("{err}: {:?}", out.text));
    assert!(v["rate_hz"].as_u64().is_some_and(|hz| hz >= 1));
}

#[tokio::test(flavor = "multi_thread")]
async fn stop_strings_and_token_limit_end_generation() {
    let Some(c) = model_config() else { return };
    let e = load(c);
    let mut r = CompletionRequest::new(PROMPT, 64);
    r.stop = vec!["\n".into()];
    let out = e.complete(r, CancellationToken::new(), None).await.unwrap();
    assert!(!out.text.contains('\n'));
    let mut r = CompletionRequest::new(PROMPT, 5);
    r.ignore_eog = true;
    let out = e.complete(r, CancellationToken::new(), None).await.unwrap();
    assert_eq!((out.generated_tokens, out.finish), (5, FinishReason::Length));
}

#[tokio::test(flavor = "multi_thread")]
async fn batch_runs_several_sequences_and_streams_each() {
    let Some(c) = model_config() else { return };
    let e = load(c);
    let seen = Arc::new(std::sync::Mutex::new(vec![String::new(); 3]));
    let sink = {
        let seen = seen.clone();
        Arc::new(move |i: usize, t: &str| seen.lock().unwrap()[i].push_str(t))
    };
    let reqs: Vec<CompletionRequest> = ["import numpy as np\n", "#include <stdint.h>\n", PROMPT]
        .iter()
        .map(|p| {
            let mut r = CompletionRequest::new(*p, 12);
            r.ignore_eog = true;
            r
        })
        .collect();
    let out = e.complete_batch(reqs, CancellationToken::new(), Some(sink)).await.unwrap();
    assert_eq!(out.len(), 3);
    let seen = seen.lock().unwrap();
    for (o, s) in out.iter().zip(seen.iter()) {
        assert_eq!(o.generated_tokens, 12);
        assert_eq!(&o.text, s, "streamed text equals the final text");
    }
}

#[test]
fn a_bad_adapter_file_is_an_error_not_a_crash() {
    let Some(mut c) = model_config() else { return };
    let dir = tempfile::tempdir().unwrap();
    let junk = dir.path().join("td.gguf");
    std::fs::write(&junk, b"GGUF\x03\x00\x00\x00garbage").unwrap();
    c.adapters = vec![("td".into(), junk)];
    let err = LlamaEngine::load(c.clone()).err().expect("a corrupt adapter is rejected");
    assert!(matches!(err, EngineError::Adapter { .. }), "{err}");
    // The base model itself is not an adapter either.
    c.adapters = vec![("td".into(), c.model.clone())];
    let err = LlamaEngine::load(c).err().expect("a model file is not an adapter");
    assert!(err.to_string().contains("td"), "{err}");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_batch_whose_prompts_span_several_decode_chunks_completes() {
    // Regression: with prompts longer than n_batch in total, a sequence whose prompt ended in
    // an earlier chunk read logits that a later chunk had overwritten (a panic in the engine).
    let Some(mut c) = model_config() else { return };
    c.n_batch = 64;
    let e = load(c);
    let long = PROMPT.repeat(4);
    let reqs: Vec<CompletionRequest> = (0..3)
        .map(|i| {
            let mut r = CompletionRequest::new(format!("# sequence {i}\n{long}"), 6);
            r.ignore_eog = true;
            r
        })
        .collect();
    let out = e.complete_batch(reqs, CancellationToken::new(), None).await.expect("the batch completes");
    assert!(out.iter().all(|o| o.generated_tokens == 6 && o.prompt_tokens > 64));
}
