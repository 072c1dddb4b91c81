//! Okapi BM25 over a fixed set of documents (k1 = 1.2, b = 0.75), with an inverted index so
//! a query touches only the documents sharing a term with it.

use std::collections::HashMap;

const K1: f32 = 1.2;
const B: f32 = 0.75;

pub struct Index {
    /// term -> postings, each `document << TF_BITS | term frequency` (one u32, not two: the
    /// shipped corpus has ~1.5 M postings, and this is most of the corpus's memory)
    postings: HashMap<Box<str>, Vec<u32>>,
    doc_len: Vec<u32>,
    avg_len: f32,
}

/// Bits of a posting that hold the term frequency (saturating at 255: BM25 is flat there).
const TF_BITS: u32 = 8;
const TF_MAX: u32 = (1 << TF_BITS) - 1;
/// Documents an index can hold (2^24).
pub const MAX_DOCS: usize = 1 << (32 - TF_BITS);

/// Builds an [`Index`] one document at a time, so callers need not keep every text alive.
#[derive(Default)]
pub struct IndexBuilder {
    postings: HashMap<Box<str>, Vec<u32>>,
    doc_len: Vec<u32>,
}

impl IndexBuilder {
    /// Adds the next document (its number is the count added before it). Documents past
    /// [`MAX_DOCS`] are not added: returns whether this one was.
    pub fn add(&mut self, text: &str) -> bool {
        let d = self.doc_len.len();
        if d >= MAX_DOCS {
            return false;
        }
        let ts = terms(text);
        self.doc_len.push(ts.len() as u32);
        let mut tf: HashMap<String, u32> = HashMap::new();
        for t in ts {
            *tf.entry(t).or_default() += 1;
        }
        for (t, n) in tf {
            let posting = (d as u32) << TF_BITS | n.min(TF_MAX);
            match self.postings.get_mut(t.as_str()) {
                Some(list) => list.push(posting),
                None => {
                    self.postings.insert(t.into_boxed_str(), vec![posting]);
                }
            }
        }
        true
    }

    pub fn finish(mut self) -> Index {
        for list in self.postings.values_mut() {
            list.shrink_to_fit();
        }
        self.postings.shrink_to_fit();
        let doc_len = self.doc_len;
        let avg_len = if doc_len.is_empty() { 1.0 } else { doc_len.iter().sum::<u32>() as f32 / doc_len.len() as f32 };
        Index { postings: self.postings, doc_len, avg_len: avg_len.max(1.0) }
    }
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
        let mut b = IndexBuilder::default();
        for d in docs {
            b.add(d);
        }
        b.finish()
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
            let Some(list) = self.postings.get(t.as_str()) else { continue };
            let df = list.len() as f32;
            let idf = ((n - df + 0.5) / (df + 0.5) + 1.0).ln();
            for &posting in list {
                let (d, tf) = (posting >> TF_BITS, (posting & TF_MAX) as f32);
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
