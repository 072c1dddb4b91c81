//! llama.cpp in-process, through llama-cpp-2. The model, its adapters and one context live
//! on a dedicated thread; requests arrive over a channel, so the async runtime never blocks
//! on inference and the context never crosses threads.

use std::collections::HashMap;
use std::num::NonZeroU32;
use std::path::{Path, PathBuf};
use std::sync::mpsc;

use async_trait::async_trait;
use llama_cpp_2::context::params::LlamaContextParams;
use llama_cpp_2::context::LlamaContext;
use llama_cpp_2::llama_backend::LlamaBackend;
use llama_cpp_2::llama_batch::LlamaBatch;
use llama_cpp_2::model::params::LlamaModelParams;
use llama_cpp_2::model::{LlamaLoraAdapter, LlamaModel};
use llama_cpp_2::sampling::LlamaSampler;
use llama_cpp_2::token::data::LlamaTokenData;
use llama_cpp_2::token::data_array::LlamaTokenDataArray;
use llama_cpp_2::token::LlamaToken;
use tokio::sync::oneshot;

use super::stop::{Scan, StopScanner};
use super::{
    CancellationToken, Completion, CompletionRequest, Engine, EngineError, EngineInfo,
    FinishReason, Sampling, TokenSink,
};

/// How to load the engine.
#[derive(Clone, Debug)]
pub struct LlamaConfig {
    pub model: PathBuf,
    /// Adapter name -> GGUF LoRA file. All are loaded once, at start.
    pub adapters: Vec<(String, PathBuf)>,
    /// Total KV cache size in tokens, shared by the sequences of a batch.
    pub n_ctx: u32,
    /// Tokens per decode call while reading a prompt.
    pub n_batch: u32,
    /// Tokens per physical step inside a decode call (sizes the compute buffer).
    pub n_ubatch: u32,
    /// Full-size sliding-window cache (prefix reuse across the window needs it).
    pub swa_full: bool,
    /// None: llama.cpp's "auto".
    pub flash_attn: Option<bool>,
    /// Element type of the KV cache (q8_0 halves it; a quantized V needs flash attention).
    pub kv_type: KvType,
    /// Map the file instead of reading it into memory.
    pub mmap: bool,
    pub threads: i32,
    /// Most sequences decoded together in one batch.
    pub max_sequences: u32,
    /// The pipeline should send chat prompts (reported in [`EngineInfo::chat`]).
    pub chat: bool,
}

impl LlamaConfig {
    /// The runtime sizes of models/manifest.toml ([runtime]) for `model`, no adapters.
    pub fn new(model: impl Into<PathBuf>) -> Self {
        let rt = crate::models::Manifest::embedded().runtime;
        LlamaConfig {
            model: model.into(),
            adapters: Vec::new(),
            n_ctx: rt.n_ctx,
            n_batch: rt.n_batch,
            n_ubatch: rt.n_ubatch.unwrap_or(rt.n_batch),
            swa_full: rt.swa_full,
            flash_attn: rt.flash_attn,
            kv_type: rt.kv_type,
            mmap: rt.mmap,
            threads: default_threads(),
            max_sequences: rt.max_sequences,
            chat: false,
        }
    }
}

/// KV cache element types the engine offers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum KvType {
    #[default]
    F16,
    Q8_0,
}

impl From<KvType> for llama_cpp_2::context::params::KvCacheType {
    fn from(t: KvType) -> Self {
        match t {
            KvType::F16 => Self::F16,
            KvType::Q8_0 => Self::Q8_0,
        }
    }
}

pub fn default_threads() -> i32 {
    std::thread::available_parallelism().map(|n| n.get() as i32).unwrap_or(2).min(8)
}

struct Job {
    requests: Vec<CompletionRequest>,
    cancel: CancellationToken,
    on_token: Option<TokenSink>,
    reply: oneshot::Sender<Result<Vec<Completion>, EngineError>>,
}

pub struct LlamaEngine {
    jobs: mpsc::Sender<Job>,
    info: EngineInfo,
}

impl LlamaEngine {
    /// Loads the model and adapters on the engine thread; returns once they are ready or
    /// failed. Blocking: call it from `spawn_blocking` inside an async runtime.
    pub fn load(config: LlamaConfig) -> Result<Self, EngineError> {
        crate::models::gguf::check_model_file(&config.model).map_err(|e| match e {
            crate::models::gguf::GgufError::Missing(p) => EngineError::ModelMissing(p),
            other => EngineError::ModelInvalid { path: config.model.clone(), reason: other.to_string() },
        })?;
        for (name, path) in &config.adapters {
            crate::models::gguf::check_adapter_file(path).map_err(|e| EngineError::Adapter {
                name: name.clone(),
                path: path.clone(),
                reason: e.to_string(),
            })?;
        }
        let (jobs_tx, jobs_rx) = mpsc::channel::<Job>();
        let (ready_tx, ready_rx) = mpsc::channel::<Result<EngineInfo, EngineError>>();
        std::thread::Builder::new()
            .name("gpiot-engine".into())
            .spawn(move || engine_thread(config, jobs_rx, ready_tx))
            .map_err(|e| EngineError::Backend(format!("cannot start engine thread: {e}")))?;
        let info = ready_rx.recv().map_err(|_| EngineError::Stopped)??;
        Ok(LlamaEngine { jobs: jobs_tx, info })
    }
}

#[async_trait]
impl Engine for LlamaEngine {
    async fn complete_batch(
        &self,
        requests: Vec<CompletionRequest>,
        cancel: CancellationToken,
        on_token: Option<TokenSink>,
    ) -> Result<Vec<Completion>, EngineError> {
        if requests.is_empty() {
            return Ok(Vec::new());
        }
        let (reply, rx) = oneshot::channel();
        self.jobs
            .send(Job { requests, cancel, on_token, reply })
            .map_err(|_| EngineError::Stopped)?;
        rx.await.map_err(|_| EngineError::Stopped)?
    }

    fn info(&self) -> EngineInfo {
        self.info.clone()
    }
}

/// The model's sliding-window size from its GGUF metadata (`<arch>.attention.sliding_window`).
fn sliding_window(model: &LlamaModel) -> i32 {
    model
        .meta_val_str("general.architecture")
        .ok()
        .and_then(|arch| model.meta_val_str(&format!("{arch}.attention.sliding_window")).ok())
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(0)
}

fn backend() -> Result<&'static LlamaBackend, EngineError> {
    use std::sync::OnceLock;
    static BACKEND: OnceLock<Result<LlamaBackend, String>> = OnceLock::new();
    BACKEND
        .get_or_init(|| {
            // llama.cpp logs every tensor at load; route it through tracing (off by default).
            llama_cpp_2::send_logs_to_tracing(llama_cpp_2::LogOptions::default());
            LlamaBackend::init().map_err(|e| e.to_string())
        })
        .as_ref()
        .map_err(|e| EngineError::Backend(e.clone()))
}

fn engine_thread(
    config: LlamaConfig,
    jobs: mpsc::Receiver<Job>,
    ready: mpsc::Sender<Result<EngineInfo, EngineError>>,
) {
    let setup = || -> Result<(LlamaModel, HashMap<String, LlamaLoraAdapter>), EngineError> {
        let backend = backend()?;
        let params = LlamaModelParams::default().with_use_mmap(config.mmap);
        let mut model = LlamaModel::load_from_file(backend, &config.model, &params)
            .map_err(|e| EngineError::ModelInvalid {
                path: config.model.clone(),
                reason: format!(
                    "llama.cpp could not load it ({e}); the file may be truncated or its architecture unsupported — reinstall with `gpiot model install`"
                ),
            })?;
        let mut adapters = HashMap::new();
        for (name, path) in &config.adapters {
            let adapter = model.lora_adapter_init(path).map_err(|e| EngineError::Adapter {
                name: name.clone(),
                path: path.clone(),
                reason: format!("{e} (built for another base model, or corrupt)"),
            })?;
            adapters.insert(name.clone(), adapter);
        }
        Ok((model, adapters))
    };
    let (model, mut adapters) = match setup() {
        Ok(v) => v,
        Err(e) => {
            let _ = ready.send(Err(e));
            return;
        }
    };
    let backend = backend().expect("initialised above");
    let params = LlamaContextParams::default()
        .with_n_ctx(NonZeroU32::new(config.n_ctx))
        .with_n_batch(config.n_batch)
        .with_n_ubatch(config.n_ubatch.clamp(1, config.n_batch))
        .with_swa_full(config.swa_full)
        .with_type_k(config.kv_type.into())
        .with_type_v(config.kv_type.into())
        // llama.cpp's flash_attn_type: -1 auto, 0 disabled, 1 enabled.
        .with_flash_attention_policy(config.flash_attn.map_or(-1, i32::from))
        .with_n_seq_max(config.max_sequences.max(1))
        .with_kv_unified(true)
        .with_n_threads(config.threads)
        .with_n_threads_batch(config.threads);
    let ctx = match model.new_context(backend, params) {
        Ok(c) => c,
        Err(e) => {
            let _ = ready.send(Err(EngineError::Backend(format!("cannot create context: {e}"))));
            return;
        }
    };
    let mut names: Vec<String> = adapters.keys().cloned().collect();
    names.sort();
    let info = EngineInfo {
        backend: "llama.cpp (in-process)".into(),
        model: config.model.display().to_string(),
        adapters: names,
        n_ctx: ctx.n_ctx(),
        threads: config.threads,
        chat: config.chat,
    };
    if ready.send(Ok(info)).is_err() {
        return;
    }
    let n_swa = sliding_window(&model);
    let chat_template = model.chat_template(None).ok();
    let mut runner = Runner { model: &model, ctx, config: &config, cache: None, active_adapter: None, n_swa, chat_template };
    while let Ok(job) = jobs.recv() {
        // A panic inside llama.cpp bindings must not take the editor's server down with it.
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            runner.run(&job.requests, &job.cancel, job.on_token.as_ref(), &mut adapters)
        }))
        .unwrap_or_else(|_| {
            runner.cache = None;
            Err(EngineError::Inference("internal error in the engine (see log)".into()))
        });
        let _ = job.reply.send(result);
    }
}

/// Tokens whose KV entries sit in sequence 0, and under which adapter they were computed.
struct PrefixCache {
    adapter: Option<String>,
    tokens: Vec<LlamaToken>,
}

struct Runner<'m> {
    model: &'m LlamaModel,
    ctx: LlamaContext<'m>,
    config: &'m LlamaConfig,
    cache: Option<PrefixCache>,
    active_adapter: Option<String>,
    /// Sliding-window size of the model's local-attention layers (0: none).
    n_swa: i32,
    /// The template the GGUF carries, for chat requests.
    chat_template: Option<llama_cpp_2::model::LlamaChatTemplate>,
}

struct Seq {
    index: usize,
    tokens: Vec<LlamaToken>,
    /// How many of `tokens` are already in the KV cache.
    in_cache: usize,
    reused: usize,
    prompt_len: usize,
    sampler: SeqSampler,
    scanner: StopScanner,
    generated: u32,
    max_tokens: u32,
    finish: Option<FinishReason>,
    /// Index in the last decoded batch that holds this sequence's logits.
    logits_at: i32,
}

impl Runner<'_> {
    fn run(
        &mut self,
        requests: &[CompletionRequest],
        cancel: &CancellationToken,
        on_token: Option<&TokenSink>,
        adapters: &mut HashMap<String, LlamaLoraAdapter>,
    ) -> Result<Vec<Completion>, EngineError> {
        let mut results: Vec<Option<Completion>> = vec![None; requests.len()];
        // Adapters apply to the whole context, so requests are grouped by adapter.
        let mut groups: Vec<(Option<String>, Vec<usize>)> = Vec::new();
        for (i, r) in requests.iter().enumerate() {
            match groups.iter_mut().find(|(a, _)| *a == r.adapter) {
                Some((_, v)) => v.push(i),
                None => groups.push((r.adapter.clone(), vec![i])),
            }
        }
        for (adapter, indices) in groups {
            self.select_adapter(adapter.as_deref(), adapters)?;
            let max = self.config.max_sequences.max(1) as usize;
            // Tokenised once: the token counts pack the groups, the tokens feed the decode.
            let vocab = self.model.vocab();
            let mut tokens: Vec<Vec<LlamaToken>> = Vec::with_capacity(indices.len());
            for &i in &indices {
                let r = &requests[i];
                // A chat prompt's template writes special tokens (<|im_start|>) as text.
                let text = self.prompt_text(r)?;
                tokens.push(vocab.tokenize(text.as_bytes(), true, !r.chat.is_empty()));
            }
            let budgets: Vec<usize> = indices.iter().zip(&tokens).map(|(&i, t)| t.len() + requests[i].max_tokens as usize).collect();
            let mut next = 0;
            for chunk in pack(&indices, &budgets, max, self.ctx.n_ctx() as usize) {
                let chunk = chunk.as_slice();
                let chunk_tokens: Vec<Vec<LlamaToken>> = tokens[next..next + chunk.len()].iter_mut().map(std::mem::take).collect();
                next += chunk.len();
                let done = self.run_group(requests, chunk, chunk_tokens, cancel, on_token)?;
                for (i, c) in chunk.iter().zip(done) {
                    results[*i] = Some(c);
                }
            }
        }
        Ok(results.into_iter().map(|c| c.expect("every request ran")).collect())
    }

    fn select_adapter(
        &mut self,
        name: Option<&str>,
        adapters: &mut HashMap<String, LlamaLoraAdapter>,
    ) -> Result<(), EngineError> {
        if self.active_adapter.as_deref() == name {
            return Ok(());
        }
        match name {
            Some(n) => {
                let a = adapters.get_mut(n).ok_or_else(|| EngineError::UnknownAdapter(n.into()))?;
                self.ctx
                    .lora_adapter_set(a, 1.0)
                    .map_err(|e| EngineError::Inference(format!("cannot apply adapter {n}: {e}")))?;
            }
            None => {
                if let Some(a) = adapters.values_mut().next() {
                    self.ctx
                        .lora_adapter_remove(a)
                        .map_err(|e| EngineError::Inference(format!("cannot remove adapter: {e}")))?;
                }
            }
        }
        self.active_adapter = name.map(str::to_string);
        Ok(())
    }

    /// The text the model reads: the prompt, or the chat rendered by the model's template
    /// with the assistant's turn open, then the prompt.
    fn prompt_text(&self, r: &CompletionRequest) -> Result<String, EngineError> {
        if r.chat.is_empty() {
            return Ok(r.prompt.clone());
        }
        let template = self.chat_template.as_ref().ok_or(EngineError::NoChatTemplate)?;
        let messages = r
            .chat
            .iter()
            .map(|m| llama_cpp_2::model::LlamaChatMessage::new(m.role.clone(), m.content.clone()))
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| EngineError::Inference(format!("a chat message holds a NUL byte: {e}")))?;
        let rendered = self
            .model
            .apply_chat_template(template, &messages, true)
            .map_err(|e| EngineError::Inference(format!("the model's chat template failed: {e}")))?;
        Ok(rendered + &r.prompt)
    }

    fn build_sampler(&self, r: &CompletionRequest) -> Result<SeqSampler, EngineError> {
        let grammar = match &r.grammar {
            Some(g) => Some(
                LlamaSampler::grammar(self.model, g, "root")
                    .map_err(|e| EngineError::Grammar(format!("{e} — check the GBNF syntax")))?,
            ),
            None => None,
        };
        let mut chain = Vec::new();
        if r.repeat_penalty > 0.0 && (r.repeat_penalty - 1.0).abs() > f32::EPSILON {
            chain.push(LlamaSampler::penalties(self.model.n_vocab(), r.repeat_last_n.max(1), r.repeat_penalty, 0.0, 0.0));
        }
        match r.sampling {
            Sampling::Greedy => chain.push(LlamaSampler::greedy()),
            Sampling::Seeded { seed, temperature, top_p } => {
                chain.push(LlamaSampler::top_p(top_p, 1));
                chain.push(LlamaSampler::temp(temperature));
                chain.push(LlamaSampler::dist(seed));
            }
        }
        let greedy_only = chain.len() == 1 && matches!(r.sampling, Sampling::Greedy);
        Ok(SeqSampler { grammar, chain: LlamaSampler::chain_simple(chain), greedy_only, eos: self.model.vocab().eos() })
    }

    fn run_group(
        &mut self,
        requests: &[CompletionRequest],
        indices: &[usize],
        prompts: Vec<Vec<LlamaToken>>,
        cancel: &CancellationToken,
        on_token: Option<&TokenSink>,
    ) -> Result<Vec<Completion>, EngineError> {
        let n_ctx = self.ctx.n_ctx();
        let vocab = self.model.vocab();
        let mut seqs = Vec::with_capacity(indices.len());
        let mut budget = 0usize;
        for (&i, tokens) in indices.iter().zip(prompts) {
            let r = &requests[i];
            if tokens.is_empty() {
                return Err(EngineError::Inference("empty prompt".into()));
            }
            budget += tokens.len() + r.max_tokens as usize;
            if budget > n_ctx as usize {
                return Err(EngineError::ContextOverflow { prompt: tokens.len(), max_tokens: r.max_tokens, n_ctx });
            }
            seqs.push(Seq {
                index: i,
                prompt_len: tokens.len(),
                tokens,
                in_cache: 0,
                reused: 0,
                sampler: self.build_sampler(r)?,
                scanner: StopScanner::new(&r.stop),
                generated: 0,
                max_tokens: r.max_tokens,
                finish: None,
                logits_at: -1,
            });
        }

        // KV prefix reuse: a lone request continues sequence 0 from the longest prefix it
        // shares with what is cached there (under the same adapter). Batches start clean.
        let adapter = requests[indices[0]].adapter.clone();
        match (&self.cache, seqs.len()) {
            (Some(c), 1) if c.adapter == adapter => {
                let s = &mut seqs[0];
                // Keep at least one prompt token to decode: its logits start the generation.
                let common = common_prefix(&c.tokens, &s.tokens).min(s.tokens.len() - 1);
                // Without a full-size window cache, the window layers have already dropped
                // old positions; the next token needs the last n_swa of the prefix (the
                // check llama.cpp's server makes).
                let window_kept = self.config.swa_full
                    || self.n_swa == 0
                    || self.ctx.kv_cache_seq_pos_min(0) <= (common as i32 - self.n_swa).max(0);
                let removed = common >= MIN_PREFIX_REUSE
                    && window_kept
                    && self.ctx.clear_kv_cache_seq(Some(0), Some(common as u32), None).unwrap_or(false);
                if removed {
                    s.in_cache = common;
                    s.reused = common;
                } else {
                    // Sliding-window caches cannot always drop a suffix: start clean.
                    self.ctx.clear_kv_cache();
                }
            }
            _ => self.ctx.clear_kv_cache(),
        }
        self.cache = None;

        let mut batch = LlamaBatch::new(self.config.n_batch as usize, seqs.len() as i32);
        // Prompt. All the sequences' last prompt tokens must be in the final decode, since a
        // later decode overwrites an earlier one's logits. So when everything pending fits one
        // batch it goes in one decode (as llama.cpp's own tools do); otherwise earlier tokens
        // go first in chunks until the rest, last tokens included, fits the final decode.
        let n_batch = self.config.n_batch as usize;
        let prompt_started = std::time::Instant::now();
        loop {
            let remaining: usize = seqs.iter().map(|s| s.tokens.len() - s.in_cache).sum();
            let last_chunk = remaining <= n_batch;
            // Never more than n_batch, and leave at most n_batch for the final decode.
            let mut budget = if last_chunk { remaining } else { (remaining - n_batch).min(n_batch) };
            batch.clear();
            for (sid, s) in seqs.iter_mut().enumerate() {
                while budget > 0 && (s.in_cache + 1 < s.tokens.len() || (last_chunk && s.in_cache < s.tokens.len())) {
                    let last = s.in_cache + 1 == s.tokens.len();
                    batch
                        .add(s.tokens[s.in_cache], s.in_cache as i32, &[sid as i32], last)
                        .map_err(|e| EngineError::Inference(e.to_string()))?;
                    if last {
                        s.logits_at = batch.n_tokens() - 1;
                    }
                    s.in_cache += 1;
                    budget -= 1;
                }
            }
            if cancel.is_cancelled() {
                return Err(EngineError::Cancelled);
            }
            self.ctx.decode(&mut batch).map_err(|e| EngineError::Inference(format!("decode: {e}")))?;
            if last_chunk {
                break;
            }
        }
        tracing::debug!(
            tokens = seqs.iter().map(|s| s.tokens.len() - s.reused).sum::<usize>(),
            ms = prompt_started.elapsed().as_secs_f64() * 1e3,
            "prompt decoded"
        );

        // Generation: one token per live sequence per decode call.
        loop {
            if cancel.is_cancelled() {
                self.remember(&seqs, adapter.clone());
                return Err(EngineError::Cancelled);
            }
            batch.clear();
            for (sid, s) in seqs.iter_mut().enumerate() {
                if s.finish.is_some() {
                    continue;
                }
                let token = s.sampler.sample(&self.ctx, s.logits_at);
                if vocab.is_eog(token) && !requests[s.index].ignore_eog {
                    s.finish = Some(FinishReason::EndOfText);
                    continue;
                }
                s.generated += 1;
                s.tokens.push(token);
                let piece = vocab.token_to_piece(token, false, None);
                let (fresh, stopped) = match s.scanner.push(&piece) {
                    Scan::More(t) => (t, false),
                    Scan::Stopped(t) => (t, true),
                };
                if let (Some(sink), false) = (on_token, fresh.is_empty()) {
                    sink(s.index, &fresh);
                }
                if stopped {
                    s.finish = Some(FinishReason::Stop);
                    continue;
                }
                if s.generated >= s.max_tokens {
                    s.finish = Some(FinishReason::Length);
                    continue;
                }
                batch
                    .add(token, s.in_cache as i32, &[sid as i32], true)
                    .map_err(|e| EngineError::Inference(e.to_string()))?;
                s.logits_at = batch.n_tokens() - 1;
                s.in_cache += 1;
            }
            if batch.n_tokens() == 0 {
                break;
            }
            self.ctx.decode(&mut batch).map_err(|e| EngineError::Inference(format!("decode: {e}")))?;
        }

        self.remember(&seqs, adapter);
        Ok(seqs
            .into_iter()
            .map(|mut s| {
                if s.finish != Some(FinishReason::Stop) {
                    let rest = s.scanner.flush();
                    if let (Some(sink), false) = (on_token, rest.is_empty()) {
                        sink(s.index, &rest);
                    }
                }
                Completion {
                    text: s.scanner.text(),
                    finish: s.finish.unwrap_or(FinishReason::Length),
                    prompt_tokens: s.prompt_len as u32,
                    reused_tokens: s.reused as u32,
                    generated_tokens: s.generated,
                }
            })
            .collect())
    }

    /// After a lone request, remember what sequence 0 holds for the next prefix match.
    fn remember(&mut self, seqs: &[Seq], adapter: Option<String>) {
        if let [s] = seqs {
            self.cache = Some(PrefixCache { adapter, tokens: s.tokens[..s.in_cache].to_vec() });
        }
    }
}

/// Sampling for one sequence. A grammar is checked lazily, as llama.cpp's own common
/// sampler does: masking all 262k vocabulary entries against the grammar every step is
/// slow, so the token the other samplers pick is tried first, and only when the grammar
/// rejects it is the whole distribution masked and sampled again.
struct SeqSampler {
    grammar: Option<LlamaSampler>,
    chain: LlamaSampler,
    /// The chain is plain greedy: its pick is the argmax of the logits, read in place rather
    /// than through a 262k-entry candidate array built every token (what llama.cpp's
    /// `llama_sampler_sample` does).
    greedy_only: bool,
    /// Fallback when the grammar leaves nothing to pick.
    eos: LlamaToken,
}

/// The first index of the largest logit: the token llama.cpp's greedy sampler picks.
fn argmax(logits: &[f32]) -> LlamaToken {
    let mut best = 0;
    for (i, &l) in logits.iter().enumerate() {
        if l > logits[best] {
            best = i;
        }
    }
    LlamaToken(best as i32)
}

impl SeqSampler {
    fn sample(&mut self, ctx: &LlamaContext<'_>, idx: i32) -> LlamaToken {
        let Some(grammar) = self.grammar.as_mut() else {
            return if self.greedy_only { argmax(ctx.get_logits_ith(idx)) } else { self.chain.sample(ctx, idx) };
        };
        let candidates = || {
            LlamaTokenDataArray::from_iter(
                ctx.get_logits_ith(idx).iter().enumerate().map(|(i, &l)| LlamaTokenData::new(LlamaToken(i as i32), l, 0.0)),
                false,
            )
        };
        let first_pick = if self.greedy_only {
            Some(argmax(ctx.get_logits_ith(idx)))
        } else {
            let mut all = candidates();
            self.chain.apply(&mut all);
            all.selected_token()
        };
        if let Some(token) = first_pick {
            let mut one = LlamaTokenDataArray::new(vec![LlamaTokenData::new(token, 1.0, 0.0)], false);
            grammar.apply(&mut one);
            if one.data[0].logit().is_finite() {
                grammar.accept(token);
                self.chain.accept(token);
                return token;
            }
        }
        // Most rejections are resolved among the likeliest tokens: mask only the top
        // candidates first (exact for greedy decoding whenever one of them is allowed).
        let logits = ctx.get_logits_ith(idx);
        let k = TOP_K_FOR_GRAMMAR.min(logits.len());
        let mut order: Vec<u32> = (0..logits.len() as u32).collect();
        order.select_nth_unstable_by(k - 1, |a, b| logits[*b as usize].total_cmp(&logits[*a as usize]));
        let mut top = LlamaTokenDataArray::from_iter(
            order[..k].iter().map(|&i| LlamaTokenData::new(LlamaToken(i as i32), logits[i as usize], 0.0)),
            false,
        );
        grammar.apply(&mut top);
        top.data.retain(|d| d.logit().is_finite());
        let token = if top.data.is_empty() {
            let mut all = candidates();
            grammar.apply(&mut all);
            self.chain.apply(&mut all);
            all.selected_token().unwrap_or(self.eos)
        } else {
            self.chain.apply(&mut top);
            top.selected_token().unwrap_or(self.eos)
        };
        grammar.accept(token);
        self.chain.accept(token);
        token
    }
}

/// How many of the likeliest tokens the grammar checks before falling back to all of them.
const TOP_K_FOR_GRAMMAR: usize = 1024;

/// Splits a batch into groups of at most `max` sequences whose token budgets (prompt +
/// max_tokens) together fit the shared context, in order; a request too big on its own
/// gets a group of its own (and the context-overflow error that names it).
fn pack(indices: &[usize], budgets: &[usize], max: usize, n_ctx: usize) -> Vec<Vec<usize>> {
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut used = 0;
    for (&i, &b) in indices.iter().zip(budgets) {
        match groups.last_mut() {
            Some(g) if g.len() < max && used + b <= n_ctx => {
                g.push(i);
                used += b;
            }
            _ => {
                groups.push(vec![i]);
                used = b;
            }
        }
    }
    groups
}

/// Shorter shared prefixes are not worth keeping: a cleared cache places the new prompt from
/// cell 0, while a kept one places it after the old cells, and attention then spans the gap
/// (measured: a 512-token prompt after keeping only BOS decodes ~8 % slower with 4 sequences).
const MIN_PREFIX_REUSE: usize = 16;

fn common_prefix(a: &[LlamaToken], b: &[LlamaToken]) -> usize {
    a.iter().zip(b).take_while(|(x, y)| x == y).count()
}

/// Loads the model for a one-shot command (CLI): a convenience over [`LlamaEngine::load`].
pub fn load_blocking(model: &Path, adapters: Vec<(String, PathBuf)>, n_ctx: u32, threads: i32) -> Result<LlamaEngine, EngineError> {
    let mut config = LlamaConfig::new(model);
    config.adapters = adapters;
    config.n_ctx = n_ctx;
    config.threads = threads;
    LlamaEngine::load(config)
}

#[cfg(test)]
mod tests {
    use super::pack;

    #[test]
    fn batches_are_packed_by_count_and_context() {
        // four 1,100-token requests in a 4,096-token context: three fit, the fourth waits.
        assert_eq!(pack(&[0, 1, 2, 3], &[1100; 4], 4, 4096), vec![vec![0, 1, 2], vec![3]]);
        assert_eq!(pack(&[0, 1, 2, 3, 4], &[10; 5], 2, 4096), vec![vec![0, 1], vec![2, 3], vec![4]]);
        // too big alone: its own group, so run_group reports the overflow for it.
        assert_eq!(pack(&[7, 8], &[5000, 10], 4, 4096), vec![vec![7], vec![8]]);
        assert!(pack(&[], &[], 4, 4096).is_empty());
    }
}
