//! Retrieval as a batch command (`gpiot examples`): JSON lines of queries in, the nearest
//! rows' ids out. The training scripts use it so that training prompts are preceded by the
//! examples this very retriever picks at inference — one implementation, not a Python copy.

use std::io::{BufRead, Write};

use serde::{Deserialize, Serialize};

use super::Corpus;
use crate::language::Language;

/// One query line: the role and language select the group, `prompt` is the query text.
#[derive(Deserialize)]
struct Query {
    #[serde(default)]
    id: serde_json::Value,
    role: String,
    language: Language,
    prompt: String,
}

/// One answer line: the query's `id` echoed, the nearest rows' ids best first.
#[derive(Serialize)]
struct Answer<'a> {
    id: &'a serde_json::Value,
    nearest: Vec<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum BatchError {
    #[error("query line {line}: {error}; each line must be {{\"id\", \"role\", \"language\", \"prompt\"}}")]
    Query { line: usize, error: serde_json::Error },
    #[error(transparent)]
    Io(#[from] std::io::Error),
}

/// Answers every query line of `input` with the `k` nearest rows, one line each, in order.
pub fn answer(corpus: &Corpus, input: impl BufRead, mut output: impl Write, k: usize) -> Result<usize, BatchError> {
    let mut answered = 0;
    for (i, line) in input.lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let q: Query = serde_json::from_str(&line).map_err(|error| BatchError::Query { line: i + 1, error })?;
        let nearest = corpus.nearest(&q.role, q.language, &q.prompt, k).into_iter().map(|e| e.id).collect();
        serde_json::to_writer(&mut output, &Answer { id: &q.id, nearest }).map_err(std::io::Error::from)?;
        output.write_all(b"\n")?;
        answered += 1;
    }
    output.flush()?;
    Ok(answered)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::retrieval::Example;

    #[test]
    fn each_query_line_gets_the_nearest_ids_in_order() {
        let row = |id: &str, role: &str, prompt: &str| Example { id: id.into(), role: role.into(), language: Language::C, prompt: prompt.into(), completion: String::new() };
        let corpus = Corpus::new(vec![row("a", "cg", "crc8 polynomial 0x07"), row("b", "cg", "moving average window"), row("c", "td", "crc8 frame")]);
        let input = "{\"id\": 7, \"role\": \"cg\", \"language\": \"c\", \"prompt\": \"moving window\"}\n\n{\"id\": \"x\", \"role\": \"td\", \"language\": \"c\", \"prompt\": \"crc8\"}\n{\"role\": \"rt\", \"language\": \"c\", \"prompt\": \"crc8\"}\n";
        let mut out = Vec::new();
        assert_eq!(answer(&corpus, input.as_bytes(), &mut out, 2).unwrap(), 3);
        assert_eq!(String::from_utf8(out).unwrap(), "{\"id\":7,\"nearest\":[\"b\"]}\n{\"id\":\"x\",\"nearest\":[\"c\"]}\n{\"id\":null,\"nearest\":[]}\n");
        let e = answer(&corpus, "{\"role\": \"cg\"}\n".as_bytes(), Vec::new(), 1).unwrap_err().to_string();
        assert!(e.contains("query line 1"), "{e}");
    }
}
