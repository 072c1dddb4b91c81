//! `gpiot bench`: the engine's own speed, measured the way llama-bench measures llama.cpp
//! (pp = prompt tokens/s, tg = generated tokens/s), plus batched vs sequential decoding.
//! `make bench` puts these next to llama-bench's figures on the same model and threads.

use std::time::Instant;

use anyhow::Result;
use serde::Serialize;

use crate::engine::llama::{LlamaConfig, LlamaEngine};
use crate::engine::{CancellationToken, CompletionRequest, Engine};

#[derive(Debug, Serialize)]
pub struct BenchReport {
    pub threads: i32,
    pub prompt_tokens: u32,
    pub gen_tokens: u32,
    pub sequences: u32,
    /// Prompt processing, tokens/s (median of repetitions).
    pub pp_tok_s: f64,
    /// Prompt tokens of the pp measurement as the engine tokenized them (BOS included).
    pub pp_prompt_tokens: u32,
    /// Generation, tokens/s (median).
    pub tg_tok_s: f64,
    /// Aggregate tokens/s of `sequences` requests decoded in one batch.
    pub batched_tok_s: f64,
    /// Aggregate tokens/s of the same requests one after another.
    pub sequential_tok_s: f64,
    pub batched_speedup: f64,
    /// Prompt tokens reused from the KV cache when a request shares a prefix.
    pub prefix_reused_tokens: u32,
    /// Cancellation: from `cancel()` during a generation to the engine's reply (the slot is
    /// free when it replies), milliseconds: median and max over the repetitions.
    pub cancel_to_free_ms_median: f64,
    pub cancel_to_free_ms_max: f64,
    /// From `cancel()` to the first token of the next request (queued behind the cancelled one).
    pub cancel_to_next_token_ms_median: f64,
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    v[v.len() / 2]
}

/// A prompt of `n` one-token words after a salt that makes its first token differ from the
/// previous request's, so no KV prefix is reused. The salt has a fixed width, so it (and BOS)
/// always adds the same number of tokens: `run` measures that overhead once and sizes the pp
/// prompt to exactly the token count llama-bench uses (one token over n_batch = two decodes).
fn prompt(salt: u32, n: u32) -> String {
    // Digits are one token each; reversed, consecutive salts differ in the first one.
    let mut s: String = format!("{salt:04}").chars().rev().collect();
    s.push(' ');
    let words = ["sensor", "reading", "filter", "sample", "window", "peak", "signal", "rate"];
    for i in 0..n {
        s.push_str(words[(i as usize * 7 + salt as usize) % words.len()]);
        s.push(' ');
    }
    s
}

async fn timed(engine: &LlamaEngine, reqs: Vec<CompletionRequest>) -> Result<(f64, u64)> {
    timed_with_prompt(engine, reqs).await.map(|(t, generated, _)| (t, generated))
}

/// Seconds, generated tokens and prompt tokens (as the engine tokenized them).
async fn timed_with_prompt(engine: &LlamaEngine, reqs: Vec<CompletionRequest>) -> Result<(f64, u64, u64)> {
    let t = Instant::now();
    let out = engine.complete_batch(reqs, CancellationToken::new(), None).await?;
    let generated = out.iter().map(|c| c.generated_tokens as u64).sum();
    let prompt = out.iter().map(|c| c.prompt_tokens as u64).sum();
    Ok((t.elapsed().as_secs_f64(), generated, prompt))
}

fn fixed(prompt: String, n: u32) -> CompletionRequest {
    let mut r = CompletionRequest::new(prompt, n);
    r.ignore_eog = true;
    r
}

pub fn run(config: LlamaConfig, prompt_tokens: u32, gen_tokens: u32, sequences: u32, reps: u32, json: bool) -> Result<()> {
    let threads = config.threads;
    let engine = LlamaEngine::load(config)?;
    let rt = tokio::runtime::Handle::current();
    let report = tokio::task::block_in_place(|| {
        rt.block_on(async {
            let mut salt = 0;
            let mut next = || {
                salt += 1;
                salt
            };
            // Warm-up: first touches of the weights are page faults, not inference.
            let (_, _, warm_tokens) = timed_with_prompt(&engine, vec![fixed(prompt(next(), 64), 8)]).await?;
            let overhead = (warm_tokens as u32).saturating_sub(64);
            let pp_words = prompt_tokens.saturating_sub(overhead).max(1);
            let mut pp = Vec::new();
            let mut pp_measured = 0;
            let mut tg = Vec::new();
            for _ in 0..reps.max(1) {
                // pp: one forward pass over the prompt (+ the first sampled token).
                let (t, _, n) = timed_with_prompt(&engine, vec![fixed(prompt(next(), pp_words), 1)]).await?;
                pp.push(n as f64 / t);
                pp_measured = n as u32;
                // tg: generation time = (short prompt + n tokens) - (short prompt + 1 token).
                let p = next();
                let (t1, _) = timed(&engine, vec![fixed(prompt(p, 4), 1)]).await?;
                let (tn, n) = timed(&engine, vec![fixed(prompt(p + 1000, 4), gen_tokens)]).await?;
                tg.push((n as f64 - 1.0) / (tn - t1).max(1e-9));
            }
            let batch: Vec<CompletionRequest> = (0..sequences).map(|i| fixed(prompt(next() + i, 32), gen_tokens)).collect();
            let (tb, nb) = timed(&engine, batch).await?;
            let mut ts = 0.0;
            let mut ns = 0;
            for i in 0..sequences {
                let (t, n) = timed(&engine, vec![fixed(prompt(next() + i, 32), gen_tokens)]).await?;
                ts += t;
                ns += n;
            }
            // Prefix reuse: the same long prompt with a different tail.
            let base = prompt(next(), 256);
            timed(&engine, vec![fixed(format!("{base} alpha"), 1)]).await?;
            let reused = engine
                .complete(fixed(format!("{base} beta"), 1), CancellationToken::new(), None)
                .await?
                .reused_tokens;
            // Cancellation: cancel a long generation after its 10th token; time until the
            // engine replies (it has stopped decoding) and until the next request's first token.
            let mut to_free = Vec::new();
            let mut to_next = Vec::new();
            for _ in 0..reps.max(1) * 3 {
                let cancel = CancellationToken::new();
                let t0 = std::sync::Arc::new(std::sync::Mutex::new(None::<Instant>));
                let sink = {
                    let (cancel, t0, seen) = (cancel.clone(), t0.clone(), std::sync::atomic::AtomicU32::new(0));
                    std::sync::Arc::new(move |_: usize, _: &str| {
                        if seen.fetch_add(1, std::sync::atomic::Ordering::SeqCst) == 9 {
                            *t0.lock().unwrap() = Some(Instant::now());
                            cancel.cancel();
                        }
                    })
                };
                let long = engine.complete(fixed(prompt(next(), 32), 1000), cancel, Some(sink));
                let first = std::sync::Arc::new(std::sync::Mutex::new(None::<Instant>));
                let next_sink = {
                    let first = first.clone();
                    std::sync::Arc::new(move |_: usize, _: &str| {
                        first.lock().unwrap().get_or_insert_with(Instant::now);
                    })
                };
                let follow = engine.complete(fixed(prompt(next(), 8), 2), CancellationToken::new(), Some(next_sink));
                let (a, b) = tokio::join!(
                    async {
                        let r = long.await;
                        (r, Instant::now())
                    },
                    follow
                );
                anyhow::ensure!(
                    matches!(a.0, Err(crate::engine::EngineError::Cancelled)),
                    "the generation to cancel did not end cancelled: {:?}",
                    a.0.map(|c| c.finish)
                );
                b?;
                let t0 = t0.lock().unwrap().expect("cancelled after 10 tokens");
                to_free.push((a.1 - t0).as_secs_f64() * 1e3);
                to_next.push((first.lock().unwrap().expect("next request streamed") - t0).as_secs_f64() * 1e3);
            }
            let cancel_max = to_free.iter().cloned().fold(0.0, f64::max);
            let batched = nb as f64 / tb;
            let sequential = ns as f64 / ts;
            anyhow::Ok(BenchReport {
                threads,
                prompt_tokens,
                gen_tokens,
                sequences,
                pp_tok_s: median(pp),
                pp_prompt_tokens: pp_measured,
                tg_tok_s: median(tg),
                batched_tok_s: batched,
                sequential_tok_s: sequential,
                batched_speedup: batched / sequential,
                prefix_reused_tokens: reused,
                cancel_to_free_ms_median: median(to_free),
                cancel_to_free_ms_max: cancel_max,
                cancel_to_next_token_ms_median: median(to_next),
            })
        })
    })?;
    if json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        println!("threads {}  pp{} {:.1} tok/s  tg{} {:.1} tok/s", report.threads, prompt_tokens, report.pp_tok_s, gen_tokens, report.tg_tok_s);
        println!(
            "batched x{}: {:.1} tok/s aggregate vs sequential {:.1} tok/s ({:.2}x)",
            sequences, report.batched_tok_s, report.sequential_tok_s, report.batched_speedup
        );
        println!("prefix reuse: {} prompt tokens reused", report.prefix_reused_tokens);
        println!(
            "cancellation: engine free {:.1} ms after cancel (median; max {:.1} ms), next request's first token {:.1} ms after",
            report.cancel_to_free_ms_median, report.cancel_to_free_ms_max, report.cancel_to_next_token_ms_median
        );
    }
    Ok(())
}
