//! What goes over the wire: request bodies and streamed events for the two dialects.
//!
//! llama-server's native `/completion` takes everything a [`CompletionRequest`] says (GBNF,
//! per-request LoRA, the sampler chain, `ignore_eos`). The standard `/v1/completions` takes
//! less; vLLM's extensions (`guided_grammar`, `repetition_penalty`, `ignore_eos`) are added
//! because servers ignore fields they do not know.

use serde_json::{json, Value};

use crate::engine::{CompletionRequest, FinishReason, Sampling};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Dialect {
    /// llama.cpp's llama-server: `/completion`, `/props`, `/lora-adapters`.
    LlamaServer,
    /// Any OpenAI-compatible server (vLLM, …): `/v1/completions`, `/v1/models`.
    OpenAi,
}

impl Dialect {
    pub fn path(self) -> &'static str {
        match self {
            Dialect::LlamaServer => "/completion",
            Dialect::OpenAi => "/v1/completions",
        }
    }
}

/// How a request picks its adapter on the server.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum AdapterChoice {
    /// llama-server: the scale of every loaded adapter (ids are positions); all listed
    /// explicitly, because an empty list would fall back to the server's global scales.
    Scales(Vec<f32>),
    /// vLLM-style: LoRA modules are served as model names.
    Model(String),
    None,
}

pub(crate) fn body(dialect: Dialect, r: &CompletionRequest, adapter: &AdapterChoice, model: &str) -> Value {
    match dialect {
        Dialect::LlamaServer => llama_server_body(r, adapter),
        Dialect::OpenAi => openai_body(r, adapter, model),
    }
}

fn llama_server_body(r: &CompletionRequest, adapter: &AdapterChoice) -> Value {
    // The sampler chain is spelled out so the server's defaults (top_k 40, top_p 0.95,
    // min_p 0.05, temperature 0.8, DRY, XTC …) cannot creep in: the same chain as the
    // in-process engine — optional penalties, then greedy or top-p/temperature/dist.
    // Greedy is `temperature` at 0, which keeps only the most likely token for `dist`.
    let penalties = r.repeat_penalty > 0.0 && (r.repeat_penalty - 1.0).abs() > f32::EPSILON;
    let mut samplers: Vec<&str> = Vec::new();
    if penalties {
        samplers.push("penalties");
    }
    let (temperature, top_p, seed) = match r.sampling {
        Sampling::Greedy => {
            samplers.push("temperature");
            (0.0, 1.0, 0u32)
        }
        Sampling::Seeded { seed, temperature, top_p } => {
            samplers.extend(["top_p", "temperature"]);
            (temperature, top_p, seed)
        }
    };
    let mut b = json!({
        "prompt": r.prompt,
        "n_predict": r.max_tokens,
        "stream": true,
        "cache_prompt": true,
        "stop": r.stop,
        "samplers": samplers,
        "temperature": temperature,
        "dynatemp_range": 0.0,
        "top_p": top_p,
        "min_keep": 1,
        "top_k": 0,
        "min_p": 0.0,
        "typical_p": 1.0,
        "xtc_probability": 0.0,
        "dry_multiplier": 0.0,
        "mirostat": 0,
        "seed": seed,
        "repeat_penalty": if penalties { r.repeat_penalty } else { 1.0 },
        "repeat_last_n": r.repeat_last_n.max(1),
        "frequency_penalty": 0.0,
        "presence_penalty": 0.0,
        "ignore_eos": r.ignore_eog,
        "n_probs": 0,
    });
    if let Some(g) = &r.grammar {
        b["grammar"] = json!(g);
    }
    if let AdapterChoice::Scales(scales) = adapter {
        b["lora"] = scales.iter().enumerate().map(|(id, s)| json!({"id": id, "scale": s})).collect();
    }
    b
}

fn openai_body(r: &CompletionRequest, adapter: &AdapterChoice, model: &str) -> Value {
    let model = match adapter {
        AdapterChoice::Model(m) => m.as_str(),
        _ => model,
    };
    let mut b = json!({
        "model": model,
        "prompt": r.prompt,
        "max_tokens": r.max_tokens,
        "stream": true,
        "stream_options": {"include_usage": true},
        "ignore_eos": r.ignore_eog,
    });
    if !r.stop.is_empty() {
        b["stop"] = json!(r.stop);
    }
    match r.sampling {
        Sampling::Greedy => {
            b["temperature"] = json!(0.0);
            b["top_p"] = json!(1.0);
        }
        Sampling::Seeded { seed, temperature, top_p } => {
            b["temperature"] = json!(temperature);
            b["top_p"] = json!(top_p);
            b["seed"] = json!(seed);
        }
    }
    if (r.repeat_penalty - 1.0).abs() > f32::EPSILON && r.repeat_penalty > 0.0 {
        b["repetition_penalty"] = json!(r.repeat_penalty);
    }
    if let Some(g) = &r.grammar {
        b["guided_grammar"] = json!(g);
    }
    b
}

/// One streamed event, reduced to what a [`super::Completion`] needs.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Event {
    pub text: String,
    /// Set on the last event of a completion.
    pub finish: Option<FinishReason>,
    pub prompt_tokens: Option<u32>,
    pub cached_tokens: Option<u32>,
    pub generated_tokens: Option<u32>,
    /// `[DONE]`: the OpenAI stream's terminator.
    pub done: bool,
}

#[derive(Debug, PartialEq)]
pub(crate) enum EventError {
    /// The server reported an error inside the stream.
    Server(String),
    Malformed(String),
}

pub(crate) fn parse_event(dialect: Dialect, data: &str) -> Result<Event, EventError> {
    if data.trim() == "[DONE]" {
        return Ok(Event { done: true, ..Default::default() });
    }
    let v: Value = serde_json::from_str(data).map_err(|e| EventError::Malformed(format!("{e}: {}", clip(data))))?;
    if let Some(err) = v.get("error").or_else(|| v.get("message").filter(|_| v.get("code").is_some())) {
        return Err(EventError::Server(error_message(err)));
    }
    let u32_at = |v: &Value, path: &[&str]| -> Option<u32> {
        let mut cur = v;
        for p in path {
            cur = cur.get(p)?;
        }
        cur.as_u64().map(|n| n as u32)
    };
    match dialect {
        Dialect::LlamaServer => {
            let text = v.get("content").and_then(Value::as_str).unwrap_or("").to_string();
            let stop = v.get("stop").and_then(Value::as_bool).unwrap_or(false);
            let finish = stop.then(|| match v.get("stop_type").and_then(Value::as_str) {
                Some("limit") => FinishReason::Length,
                Some("word") => FinishReason::Stop,
                _ => FinishReason::EndOfText,
            });
            Ok(Event {
                text,
                finish,
                prompt_tokens: if stop { u32_at(&v, &["tokens_evaluated"]) } else { None },
                cached_tokens: u32_at(&v, &["timings", "cache_n"]),
                generated_tokens: if stop { u32_at(&v, &["tokens_predicted"]) } else { None },
                done: false,
            })
        }
        Dialect::OpenAi => {
            let choice = v.get("choices").and_then(|c| c.get(0));
            let text = choice.and_then(|c| c.get("text")).and_then(Value::as_str).unwrap_or("").to_string();
            let finish = choice.and_then(|c| c.get("finish_reason")).and_then(Value::as_str).map(|f| match f {
                "length" => FinishReason::Length,
                // vLLM names the stop string that matched; plain "stop" is end-of-text.
                _ if choice.and_then(|c| c.get("stop_reason")).is_some_and(Value::is_string) => FinishReason::Stop,
                _ => FinishReason::EndOfText,
            });
            Ok(Event {
                text,
                finish,
                prompt_tokens: u32_at(&v, &["usage", "prompt_tokens"]),
                cached_tokens: u32_at(&v, &["usage", "prompt_tokens_details", "cached_tokens"]),
                generated_tokens: u32_at(&v, &["usage", "completion_tokens"]),
                done: false,
            })
        }
    }
}

/// The message of an error object (`{"error": {"message": …}}`, `{"message": …}` or a string).
pub(crate) fn error_message(err: &Value) -> String {
    err.get("message")
        .and_then(Value::as_str)
        .or_else(|| err.get("error").and_then(|e| e.get("message")).and_then(Value::as_str))
        .or_else(|| err.as_str())
        .map(str::to_string)
        .unwrap_or_else(|| clip(&err.to_string()))
}

pub(crate) fn clip(s: &str) -> String {
    match s.char_indices().nth(300) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn llama_server_partial_and_final_events() {
        let e = parse_event(Dialect::LlamaServer, r#"{"index":0,"content":" x","tokens":[],"stop":false,"id_slot":0}"#).unwrap();
        assert_eq!((e.text.as_str(), e.finish), (" x", None));
        let e = parse_event(
            Dialect::LlamaServer,
            r#"{"content":"","stop":true,"stop_type":"limit","tokens_predicted":24,"tokens_evaluated":17,"timings":{"cache_n":16}}"#,
        )
        .unwrap();
        assert_eq!(e.finish, Some(FinishReason::Length));
        assert_eq!((e.prompt_tokens, e.cached_tokens, e.generated_tokens), (Some(17), Some(16), Some(24)));
    }

    #[test]
    fn openai_events_and_done() {
        let e = parse_event(Dialect::OpenAi, r#"{"choices":[{"text":"a","index":0,"finish_reason":null}]}"#).unwrap();
        assert_eq!((e.text.as_str(), e.finish), ("a", None));
        let e = parse_event(Dialect::OpenAi, r#"{"choices":[{"text":"","finish_reason":"stop","stop_reason":"\n###"}]}"#).unwrap();
        assert_eq!(e.finish, Some(FinishReason::Stop));
        assert!(parse_event(Dialect::OpenAi, "[DONE]").unwrap().done);
    }

    #[test]
    fn errors_inside_the_stream_are_reported() {
        let got = parse_event(Dialect::LlamaServer, r#"{"error":{"code":500,"message":"failed to parse grammar","type":"server_error"}}"#);
        assert_eq!(got, Err(EventError::Server("failed to parse grammar".into())));
    }

    #[test]
    fn greedy_request_pins_the_sampler_chain_and_lists_every_adapter() {
        let mut r = CompletionRequest::new("p", 8);
        r.grammar = Some("root ::= \"a\"".into());
        let b = body(Dialect::LlamaServer, &r, &AdapterChoice::Scales(vec![0.0, 1.0]), "m");
        assert_eq!(b["samplers"], json!(["temperature"]));
        assert_eq!(b["temperature"], json!(0.0));
        assert_eq!(b["lora"], json!([{"id": 0, "scale": 0.0}, {"id": 1, "scale": 1.0}]));
        assert_eq!(b["grammar"], json!("root ::= \"a\""));
        r.repeat_penalty = 1.1;
        let b = body(Dialect::LlamaServer, &r, &AdapterChoice::None, "m");
        assert_eq!(b["samplers"], json!(["penalties", "temperature"]));
        assert!(b.get("lora").is_none());
    }
}
