//! Okapi BM25 over a fixed set of documents (k1 = 1.2, b = 0.75), with an inverted index so
//! a query touches only the documents sharing a term with it.

use std::collections::HashMap;

const K1: f32 = 1.2;
const B: f32 = 0.75;

pub struct Index {
    /// term -> (document, term frequency)
    postings: HashMap<String, Vec<(u32, u32)>>,
    doc_len: Vec<u32>,
    avg_len: f32,
}

/// Lower-cased identifier-like words; `moving_average` also yields `moving` and `average`,
/// so a spec's name and its prose meet. Numbers stay whole (`0x31`, `50`).
pub fn terms(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for word in text.split(|c: char| !(c.is_alphanumeric() || c == '_')).filter(|w| !w.is_empty()) {
        let w = word.to_lowercase();
        let parts: Vec<&str> = w.split('_').filter(|p| !p.is_empty()).collect();
        if parts.len() > 1 {
            out.extend(parts.iter().map(|p| p.to_string()));
        }
        out.push(w);
    }
    out
}

impl Index {
    pub fn new<'a>(docs: impl IntoIterator<Item = &'a str>) -> Index {
        let mut postings: HashMap<String, Vec<(u32, u32)>> = HashMap::new();
        let mut doc_len = Vec::new();
        for (d, text) in docs.into_iter().enumerate() {
            let ts = terms(text);
            doc_len.push(ts.len() as u32);
            let mut tf: HashMap<String, u32> = HashMap::new();
            for t in ts {
                *tf.entry(t).or_default() += 1;
            }
            for (t, n) in tf {
                postings.entry(t).or_default().push((d as u32, n));
            }
        }
        let avg_len = if doc_len.is_empty() { 1.0 } else { doc_len.iter().sum::<u32>() as f32 / doc_len.len() as f32 };
        Index { postings, doc_len, avg_len: avg_len.max(1.0) }
    }

    pub fn len(&self) -> usize {
        self.doc_len.len()
    }

    pub fn is_empty(&self) -> bool {
        self.doc_len.is_empty()
    }

    /// The `k` best documents for `query` as (document, score), best first; ties go to the
    /// earlier document so results are deterministic.
    pub fn top(&self, query: &str, k: usize) -> Vec<(usize, f32)> {
        let n = self.doc_len.len() as f32;
        let mut q = terms(query);
        q.sort();
        q.dedup();
        let mut scores: HashMap<u32, f32> = HashMap::new();
        for t in &q {
            let Some(list) = self.postings.get(t) else { continue };
            let df = list.len() as f32;
            let idf = ((n - df + 0.5) / (df + 0.5) + 1.0).ln();
            for &(d, tf) in list {
                let tf = tf as f32;
                let norm = K1 * (1.0 - B + B * self.doc_len[d as usize] as f32 / self.avg_len);
                *scores.entry(d).or_default() += idf * tf * (K1 + 1.0) / (tf + norm);
            }
        }
        let mut ranked: Vec<(usize, f32)> = scores.into_iter().map(|(d, s)| (d as usize, s)).collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        ranked.truncate(k);
        ranked
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_split_identifiers_and_keep_numbers() {
        assert_eq!(terms("moving_average(x, 0x31) PPG"), vec!["moving", "average", "moving_average", "x", "0x31", "ppg"]);
    }

    #[test]
    fn rare_shared_terms_rank_first() {
        let idx = Index::new(["the sensor reads the value", "the crc of the frame", "the sensor value of the frame"]);
        let top = idx.top("crc frame", 3);
        assert_eq!(top[0].0, 1);
        assert_eq!(top.len(), 2, "the first document shares no term");
        assert!(idx.top("nothing matches", 3).is_empty());
        assert_eq!(Index::new([]).top("x", 1), vec![]);
    }
}
