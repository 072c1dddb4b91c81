//! The runtime model is the base GGUF with a pruned vocabulary: only the tokens of its keep
//! list (models/vocab) keep their tokenizer entries and their rows of the embedding and of the
//! output layer. The output layer is read in full for every generated token and the
//! embedding is most of a small model's file, so this is what brings memory and generation
//! time down; greedy output is unchanged whenever the full model's choice is a kept token,
//! and the tokenizer splits text the same way when its tokens are kept (models/vocab/README.md).
//!
//! The rewrite is generic over GGUF: key/values are copied byte for byte except the
//! tokenizer's per-token arrays (filtered), its `*_token_id` keys (renumbered) and a BPE
//! tokenizer's merges (filtered); tensors are copied except those with one row per token
//! (filtered by rows).

use std::collections::{HashMap, HashSet};
use std::fs::File;
use std::io::{BufReader, BufWriter, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use super::gguf::{GgufError, Reader};

/// The keep lists the binary carries, by the name the manifest gives them: token ids of the
/// base vocabulary, one per line, ascending (models/vocab/build_keep.py writes them).
const KEEP_LISTS: &[(&str, &str)] = &[
    ("gemma-3.txt", include_str!("../../models/vocab/gemma-3.txt")),
    ("qwen2.5-coder.txt", include_str!("../../models/vocab/qwen2.5-coder.txt")),
];

#[derive(Debug, thiserror::Error)]
pub enum PruneError {
    #[error("I/O error on {0}: {1}")]
    Io(PathBuf, std::io::Error),
    #[error("{0} is not a GGUF this pruner understands: {1}")]
    Format(PathBuf, String),
}

/// What a prune did.
#[derive(Debug, PartialEq, Eq)]
pub struct Pruned {
    pub tokens_before: u64,
    pub tokens_after: u64,
    /// A BPE tokenizer's merges, before and after.
    pub merges: Option<(u64, u64)>,
    pub tensors_pruned: Vec<String>,
}

/// The embedded keep list of that name (`[models.NAME.vocab] keep` in the manifest).
pub fn keep_list(name: &str) -> Option<Vec<u32>> {
    let (_, text) = KEEP_LISTS.iter().find(|(n, _)| *n == name)?;
    Some(text.lines().filter_map(|l| l.trim().parse().ok()).collect())
}

const ALIGNMENT_KEY: &str = "general.alignment";
const TOKENS_KEY: &str = "tokenizer.ggml.tokens";
const MERGES_KEY: &str = "tokenizer.ggml.merges";
const TYPE_STRING: u32 = 8;
const TYPE_ARRAY: u32 = 9;

struct Kv {
    key: String,
    ty: u32,
    /// The value's bytes as stored (after the type tag).
    raw: Vec<u8>,
}

struct TensorInfo {
    name: String,
    dims: Vec<u64>,
    ty: u32,
    offset: u64,
}

struct Header {
    version: u32,
    kvs: Vec<Kv>,
    tensors: Vec<TensorInfo>,
    alignment: u64,
    /// Where tensor data starts.
    data_start: u64,
}

/// Writes `src` with only the `keep` tokens to `dst`. Special tokens the tokenizer names
/// (`tokenizer.ggml.*_token_id`) are always kept.
pub fn prune(src: &Path, dst: &Path, keep: &[u32]) -> Result<Pruned, PruneError> {
    let fmt = |m: String| PruneError::Format(src.to_path_buf(), m);
    let file = File::open(src).map_err(|e| PruneError::Io(src.to_path_buf(), e))?;
    let file_len = file.metadata().map_err(|e| PruneError::Io(src.to_path_buf(), e))?.len();
    let mut r = Counting { inner: BufReader::new(file), pos: 0 };
    let h = read_header(&mut r).map_err(|e| fmt(e.to_string()))?;

    let kv_of = |key: &str| h.kvs.iter().find(|kv| kv.key == key);
    let model = kv_of("tokenizer.ggml.model").and_then(|kv| string_value(&kv.raw));
    let bpe = match model.as_deref() {
        Some("llama") => false,
        Some("gpt2") => true,
        other => return Err(fmt(format!("only SentencePiece ('llama') and byte-level BPE ('gpt2') tokenizers can be pruned, this one is {other:?}"))),
    };
    let n_vocab = kv_of(TOKENS_KEY).map(|kv| array_len(&kv.raw)).ok_or_else(|| fmt("no tokenizer.ggml.tokens".into()))?;
    let mut kept: Vec<u32> = keep.iter().copied().filter(|&i| (i as u64) < n_vocab).collect();
    for kv in &h.kvs {
        if is_token_id_key(&kv.key) {
            if let Some(id) = u32_value(kv) {
                if (id as u64) < n_vocab {
                    kept.push(id);
                }
            }
        }
    }
    // A BPE tokenizer's merges name tokens by their text: close the kept set under them and
    // keep only the merges that still make a kept token from kept parts.
    let mut kept_merges = None;
    if bpe {
        let tokens = string_array(&kv_of(TOKENS_KEY).unwrap().raw).map_err(&fmt)?;
        let merges_kv = kv_of(MERGES_KEY).ok_or_else(|| fmt("a BPE tokenizer without tokenizer.ggml.merges".into()))?;
        let merges = string_array(&merges_kv.raw).map_err(&fmt)?;
        let (ids, merge_ids) = close_under_merges(&tokens, &merges, &kept);
        kept = ids;
        kept_merges = Some((merges.len(), merge_ids));
    }
    kept.sort_unstable();
    kept.dedup();
    let new_id: HashMap<u32, u32> = kept.iter().enumerate().map(|(n, &old)| (old, n as u32)).collect();

    // Tensor spans (sizes padded to the alignment), from the offsets in file order.
    let mut order: Vec<usize> = (0..h.tensors.len()).collect();
    order.sort_by_key(|&i| h.tensors[i].offset);
    let mut span = vec![0u64; h.tensors.len()];
    for (k, &i) in order.iter().enumerate() {
        let end = order.get(k + 1).map_or(file_len - h.data_start, |&j| h.tensors[j].offset);
        span[i] = end.checked_sub(h.tensors[i].offset).ok_or_else(|| fmt("tensor offsets out of order".into()))?;
    }
    let per_token = |t: &TensorInfo| t.dims.len() == 2 && t.dims[1] == n_vocab;
    let mut row_bytes = vec![0u64; h.tensors.len()];
    for (i, t) in h.tensors.iter().enumerate() {
        if per_token(t) {
            let rb = row_size(t.ty, t.dims[0]).ok_or_else(|| fmt(format!("{}: unsupported tensor type {}", t.name, t.ty)))?;
            if !(rb * n_vocab..rb * n_vocab + h.alignment).contains(&span[i]) {
                return Err(fmt(format!("{} takes {} bytes, {} rows of {rb} expected", t.name, span[i], n_vocab)));
            }
            row_bytes[i] = rb;
        }
    }

    // New header.
    let mut out_kvs = Vec::with_capacity(h.kvs.len());
    for kv in &h.kvs {
        let raw = if kv.key == MERGES_KEY {
            match &kept_merges {
                Some((_, ids)) => filter_array(&kv.raw, ids).map_err(&fmt)?,
                None => kv.raw.clone(),
            }
        } else if kv.key.starts_with("tokenizer.ggml.") && kv.ty == TYPE_ARRAY && array_len(&kv.raw) == n_vocab {
            filter_array(&kv.raw, &kept).map_err(&fmt)?
        } else if is_token_id_key(&kv.key) {
            match u32_value(kv).and_then(|id| new_id.get(&id)) {
                Some(&n) => n.to_le_bytes().to_vec(),
                None => kv.raw.clone(),
            }
        } else {
            kv.raw.clone()
        };
        out_kvs.push(Kv { key: kv.key.clone(), ty: kv.ty, raw });
    }
    let n_keep = kept.len() as u64;
    let mut new_size = vec![0u64; h.tensors.len()];
    let mut new_dims: Vec<Vec<u64>> = h.tensors.iter().map(|t| t.dims.clone()).collect();
    for (i, t) in h.tensors.iter().enumerate() {
        new_size[i] = if per_token(t) {
            new_dims[i][1] = n_keep;
            align(row_bytes[i] * n_keep, h.alignment)
        } else {
            span[i]
        };
    }
    let mut new_offset = vec![0u64; h.tensors.len()];
    let mut at = 0;
    for &i in &order {
        new_offset[i] = at;
        at += new_size[i];
    }

    let out = File::create(dst).map_err(|e| PruneError::Io(dst.to_path_buf(), e))?;
    let mut w = Counting { inner: BufWriter::with_capacity(1 << 20, out), pos: 0 };
    let io = |e| PruneError::Io(dst.to_path_buf(), e);
    w.write_all(b"GGUF").map_err(io)?;
    w.write_all(&h.version.to_le_bytes()).map_err(io)?;
    w.write_all(&(h.tensors.len() as u64).to_le_bytes()).map_err(io)?;
    w.write_all(&(out_kvs.len() as u64).to_le_bytes()).map_err(io)?;
    for kv in &out_kvs {
        write_string(&mut w, &kv.key).map_err(io)?;
        w.write_all(&kv.ty.to_le_bytes()).map_err(io)?;
        w.write_all(&kv.raw).map_err(io)?;
    }
    for (i, t) in h.tensors.iter().enumerate() {
        write_string(&mut w, &t.name).map_err(io)?;
        w.write_all(&(new_dims[i].len() as u32).to_le_bytes()).map_err(io)?;
        for d in &new_dims[i] {
            w.write_all(&d.to_le_bytes()).map_err(io)?;
        }
        w.write_all(&t.ty.to_le_bytes()).map_err(io)?;
        w.write_all(&new_offset[i].to_le_bytes()).map_err(io)?;
    }
    pad_to(&mut w, h.alignment).map_err(io)?;

    let src_io = |e| PruneError::Io(src.to_path_buf(), e);
    let mut data = r.inner.into_inner();
    let mut row = Vec::new();
    for &i in &order {
        let start = h.data_start + h.tensors[i].offset;
        if row_bytes[i] == 0 {
            data.seek(SeekFrom::Start(start)).map_err(src_io)?;
            let copied = std::io::copy(&mut (&mut data).take(span[i]), &mut w).map_err(io)?;
            if copied != span[i] {
                return Err(fmt(format!("tensor {} is truncated", h.tensors[i].name)));
            }
        } else {
            let rb = row_bytes[i];
            row.resize(rb as usize, 0);
            for &id in &kept {
                data.seek(SeekFrom::Start(start + id as u64 * rb)).map_err(src_io)?;
                data.read_exact(&mut row).map_err(src_io)?;
                w.write_all(&row).map_err(io)?;
            }
            pad_to(&mut w, h.alignment).map_err(io)?;
        }
    }
    w.inner.flush().map_err(io)?;
    w.inner.get_ref().sync_all().map_err(io)?;
    Ok(Pruned {
        tokens_before: n_vocab,
        tokens_after: n_keep,
        merges: kept_merges.map(|(before, ids)| (before as u64, ids.len() as u64)),
        tensors_pruned: h.tensors.iter().filter(|t| per_token(t)).map(|t| t.name.clone()).collect(),
    })
}

/// The kept token ids closed under the merges, and the merges to keep (both ascending).
///
/// BPE merges the adjacent pair of lowest rank until none applies. Every merge applied while
/// tokenizing text into kept tokens makes a piece of one of them, so keeping the parts of every
/// merge that makes a kept token (recursively) and exactly the merges among kept tokens makes
/// the pruned tokenizer choose the same merges on such text: the lowest-ranked applicable
/// merge is among the kept ones. Single-character tokens (the 256 byte tokens) are always kept:
/// they spell any text.
fn close_under_merges(tokens: &[String], merges: &[String], keep: &[u32]) -> (Vec<u32>, Vec<u32>) {
    let id: HashMap<&str, u32> = tokens.iter().enumerate().map(|(i, t)| (t.as_str(), i as u32)).collect();
    let parts: Vec<Option<(u32, u32, u32)>> = merges
        .iter()
        .map(|m| {
            let (a, b) = m.split_once(' ')?;
            Some((*id.get(a)?, *id.get(b)?, *id.get(format!("{a}{b}").as_str())?))
        })
        .collect();
    let mut made_by: HashMap<u32, Vec<(u32, u32)>> = HashMap::new();
    for &(a, b, r) in parts.iter().flatten() {
        made_by.entry(r).or_default().push((a, b));
    }
    let mut kept: HashSet<u32> = keep.iter().copied().collect();
    kept.extend(tokens.iter().enumerate().filter(|(_, t)| t.chars().count() == 1).map(|(i, _)| i as u32));
    let mut todo: Vec<u32> = kept.iter().copied().collect();
    while let Some(t) = todo.pop() {
        for &(a, b) in made_by.get(&t).into_iter().flatten() {
            for p in [a, b] {
                if kept.insert(p) {
                    todo.push(p);
                }
            }
        }
    }
    let merge_ids = parts
        .iter()
        .enumerate()
        .filter(|(_, p)| p.is_some_and(|(a, b, r)| kept.contains(&a) && kept.contains(&b) && kept.contains(&r)))
        .map(|(i, _)| i as u32)
        .collect();
    let mut ids: Vec<u32> = kept.into_iter().collect();
    ids.sort_unstable();
    (ids, merge_ids)
}

/// The elements of a stored string array.
fn string_array(raw: &[u8]) -> Result<Vec<String>, String> {
    if raw.get(..4) != Some(&TYPE_STRING.to_le_bytes()[..]) {
        return Err("an array of something other than strings where tokens were expected".into());
    }
    let mut r = Counting { inner: raw.get(12..).ok_or("a truncated array")?, pos: 0 };
    (0..array_len(raw)).map(|_| Reader(&mut r).strict_string().map_err(|e| e.to_string())).collect()
}

/// Bytes of one row of `n` elements of ggml type `ty` (the types a per-token tensor comes in).
fn row_size(ty: u32, n: u64) -> Option<u64> {
    // (elements per block, bytes per block), from ggml's type traits.
    let (block, bytes) = match ty {
        0 => (1, 4),         // F32
        1 | 30 => (1, 2),    // F16, BF16
        2 => (32, 18),       // Q4_0
        3 => (32, 20),       // Q4_1
        6 => (32, 22),       // Q5_0
        7 => (32, 24),       // Q5_1
        8 => (32, 34),       // Q8_0
        10 => (256, 84),     // Q2_K
        11 => (256, 110),    // Q3_K
        12 => (256, 144),    // Q4_K
        13 => (256, 176),    // Q5_K
        14 => (256, 210),    // Q6_K
        _ => return None,
    };
    (n % block == 0).then(|| n / block * bytes)
}

fn is_token_id_key(key: &str) -> bool {
    key.starts_with("tokenizer.ggml.") && key.ends_with("_token_id")
}

fn align(n: u64, a: u64) -> u64 {
    n.div_ceil(a) * a
}

fn u32_value(kv: &Kv) -> Option<u32> {
    match (kv.ty, kv.raw.len()) {
        (4 | 5, 4) => Some(u32::from_le_bytes(kv.raw[..4].try_into().ok()?)),
        _ => None,
    }
}

fn string_value(raw: &[u8]) -> Option<String> {
    let len = u64::from_le_bytes(raw.get(..8)?.try_into().ok()?) as usize;
    Some(String::from_utf8_lossy(raw.get(8..8 + len)?).into_owned())
}

fn array_len(raw: &[u8]) -> u64 {
    raw.get(4..12).map_or(0, |b| u64::from_le_bytes(b.try_into().unwrap()))
}

/// Keeps the elements at `kept` (ascending) of a stored array value.
fn filter_array(raw: &[u8], kept: &[u32]) -> Result<Vec<u8>, String> {
    let inner = u32::from_le_bytes(raw[..4].try_into().unwrap());
    let mut r = Counting { inner: &raw[12..], pos: 0 };
    let mut elems = Vec::with_capacity(array_len(raw) as usize);
    for _ in 0..array_len(raw) {
        let start = r.pos as usize;
        Reader(&mut r).skip_value(inner).map_err(|e| e.to_string())?;
        elems.push(start..r.pos as usize);
    }
    let body = &raw[12..];
    let mut out = Vec::with_capacity(raw.len());
    out.extend_from_slice(&inner.to_le_bytes());
    out.extend_from_slice(&(kept.len() as u64).to_le_bytes());
    for &i in kept {
        out.extend_from_slice(&body[elems[i as usize].clone()]);
    }
    Ok(out)
}

fn read_header<R: Read>(r: &mut Counting<R>) -> Result<Header, GgufError> {
    let bad = GgufError::Truncated;
    let rd = &mut Reader(r);
    if rd.u32()?.to_le_bytes() != *b"GGUF" {
        return Err(GgufError::NotGguf);
    }
    let version = rd.u32()?;
    if version != 3 {
        return Err(GgufError::Version(version));
    }
    let n_tensors = rd.u64()?;
    let n_kvs = rd.u64()?;
    if n_kvs > 1 << 20 || n_tensors > 1 << 24 {
        return Err(bad("implausible header counts".into()));
    }
    let mut kvs = Vec::with_capacity(n_kvs as usize);
    for _ in 0..n_kvs {
        let key = rd.strict_string()?;
        let ty = rd.u32()?;
        // keep the value's bytes as stored: most are written back unchanged
        let mut rec = Recording { inner: &mut *rd.0, bytes: Vec::new() };
        Reader(&mut rec).skip_value(ty)?;
        kvs.push(Kv { key, ty, raw: rec.bytes });
    }
    let mut tensors = Vec::with_capacity(n_tensors as usize);
    for _ in 0..n_tensors {
        let name = rd.strict_string()?;
        let n_dims = rd.u32()?;
        if n_dims > 4 {
            return Err(bad(format!("tensor {name} has {n_dims} dimensions")));
        }
        let dims = (0..n_dims).map(|_| rd.u64()).collect::<Result<Vec<_>, _>>()?;
        let ty = rd.u32()?;
        let offset = rd.u64()?;
        tensors.push(TensorInfo { name, dims, ty, offset });
    }
    let alignment = kvs
        .iter()
        .find(|kv| kv.key == ALIGNMENT_KEY)
        .and_then(u32_value)
        .map_or(32, u64::from);
    if alignment == 0 || !alignment.is_power_of_two() {
        return Err(bad(format!("alignment {alignment}")));
    }
    let data_start = align(rd.0.pos, alignment);
    Ok(Header { version, kvs, tensors, alignment, data_start })
}

fn write_string<W: Write>(w: &mut W, s: &str) -> std::io::Result<()> {
    w.write_all(&(s.len() as u64).to_le_bytes())?;
    w.write_all(s.as_bytes())
}

fn pad_to<W: Write>(w: &mut Counting<W>, alignment: u64) -> std::io::Result<()> {
    let n = align(w.pos, alignment) - w.pos;
    w.write_all(&vec![0u8; n as usize])
}

/// Counts the bytes read or written through it.
struct Counting<T> {
    inner: T,
    pos: u64,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.pos += n as u64;
        Ok(n)
    }
}

impl<W: Write> Write for Counting<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.pos += n as u64;
        Ok(n)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

/// Keeps a copy of what is read through it.
struct Recording<R> {
    inner: R,
    bytes: Vec<u8>,
}

impl<R: Read> Read for Recording<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.bytes.extend_from_slice(&buf[..n]);
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A GGUF with 6 tokens, a per-token F32 embedding [3 x 6] whose row i is (i, i, i), and
    /// one other tensor.
    fn tiny_gguf() -> Vec<u8> {
        tiny("llama", &["<pad>", "<eos>", "a", "b", "ab", "zz"], &[])
    }

    /// A GGUF with the given tokenizer (SentencePiece gets scores, BPE its merges), eos = 1,
    /// a per-token F32 embedding [3 x n] whose row i is (i, i, i), and one other tensor.
    fn tiny(model: &str, tokens: &[&str], merges: &[&str]) -> Vec<u8> {
        let n = tokens.len() as u64;
        let mut f = Vec::new();
        let s = |f: &mut Vec<u8>, v: &str| {
            f.extend_from_slice(&(v.len() as u64).to_le_bytes());
            f.extend_from_slice(v.as_bytes());
        };
        let strings = |f: &mut Vec<u8>, key: &str, items: &[&str]| {
            s(f, key);
            f.extend_from_slice(&TYPE_ARRAY.to_le_bytes());
            f.extend_from_slice(&TYPE_STRING.to_le_bytes());
            f.extend_from_slice(&(items.len() as u64).to_le_bytes());
            for t in items {
                s(f, t);
            }
        };
        f.extend_from_slice(b"GGUF");
        f.extend_from_slice(&3u32.to_le_bytes());
        f.extend_from_slice(&2u64.to_le_bytes()); // tensors
        f.extend_from_slice(&5u64.to_le_bytes()); // kvs
        s(&mut f, "general.architecture");
        f.extend_from_slice(&TYPE_STRING.to_le_bytes());
        s(&mut f, "gemma3");
        s(&mut f, "tokenizer.ggml.model");
        f.extend_from_slice(&TYPE_STRING.to_le_bytes());
        s(&mut f, model);
        strings(&mut f, "tokenizer.ggml.tokens", tokens);
        if model == "gpt2" {
            strings(&mut f, "tokenizer.ggml.merges", merges);
        } else {
            s(&mut f, "tokenizer.ggml.scores");
            f.extend_from_slice(&TYPE_ARRAY.to_le_bytes());
            f.extend_from_slice(&6u32.to_le_bytes());
            f.extend_from_slice(&n.to_le_bytes());
            for i in 0..n {
                f.extend_from_slice(&(i as f32 * -1.0).to_le_bytes());
            }
        }
        s(&mut f, "tokenizer.ggml.eos_token_id");
        f.extend_from_slice(&4u32.to_le_bytes());
        f.extend_from_slice(&1u32.to_le_bytes());
        // Tensor infos: the embedding (3 x n f32, padded to 32 bytes), then "norm" (3 f32).
        let norm_at = align(12 * n, 32);
        s(&mut f, "token_embd.weight");
        f.extend_from_slice(&2u32.to_le_bytes());
        f.extend_from_slice(&3u64.to_le_bytes());
        f.extend_from_slice(&n.to_le_bytes());
        f.extend_from_slice(&0u32.to_le_bytes());
        f.extend_from_slice(&0u64.to_le_bytes());
        s(&mut f, "norm.weight");
        f.extend_from_slice(&1u32.to_le_bytes());
        f.extend_from_slice(&3u64.to_le_bytes());
        f.extend_from_slice(&0u32.to_le_bytes());
        f.extend_from_slice(&norm_at.to_le_bytes());
        f.resize(align(f.len() as u64, 32) as usize, 0);
        let data_start = f.len();
        for i in 0..n {
            for _ in 0..3 {
                f.extend_from_slice(&(i as f32).to_le_bytes());
            }
        }
        f.resize(data_start + norm_at as usize, 0);
        for v in [7.0f32, 8.0, 9.0] {
            f.extend_from_slice(&v.to_le_bytes());
        }
        f
    }

    fn header_of(bytes: &[u8]) -> (Header, Vec<u8>) {
        let mut r = Counting { inner: bytes, pos: 0 };
        let h = read_header(&mut r).unwrap();
        let data = bytes[h.data_start as usize..].to_vec();
        (h, data)
    }

    fn strings(raw: &[u8]) -> Vec<String> {
        string_array(raw).unwrap()
    }

    #[test]
    fn keeps_the_listed_tokens_their_rows_and_renumbers_special_ids() {
        let dir = tempfile::tempdir().unwrap();
        let (src, dst) = (dir.path().join("in.gguf"), dir.path().join("out.gguf"));
        std::fs::write(&src, tiny_gguf()).unwrap();
        // eos (1) is kept although the list omits it.
        let done = prune(&src, &dst, &[0, 3, 4, 99]).unwrap();
        assert_eq!(done, Pruned { tokens_before: 6, tokens_after: 4, merges: None, tensors_pruned: vec!["token_embd.weight".into()] });

        let (h, data) = header_of(&std::fs::read(&dst).unwrap());
        let kv = |k: &str| h.kvs.iter().find(|kv| kv.key == k).unwrap();
        assert_eq!(strings(&kv("tokenizer.ggml.tokens").raw), ["<pad>", "<eos>", "b", "ab"]);
        assert_eq!(array_len(&kv("tokenizer.ggml.scores").raw), 4);
        assert_eq!(&kv("tokenizer.ggml.scores").raw[12 + 8..12 + 12], &(-3.0f32).to_le_bytes());
        assert_eq!(u32_value(kv("tokenizer.ggml.eos_token_id")), Some(1));
        assert_eq!(string_value(&kv("general.architecture").raw).as_deref(), Some("gemma3"));

        let embd = &h.tensors[0];
        assert_eq!(embd.dims, [3, 4]);
        let rows: Vec<f32> = data[..48].chunks(4).map(|b| f32::from_le_bytes(b.try_into().unwrap())).collect();
        assert_eq!(rows, [0.0, 0.0, 0.0, 1.0, 1.0, 1.0, 3.0, 3.0, 3.0, 4.0, 4.0, 4.0]);
        let norm = &h.tensors[1];
        assert_eq!(norm.offset % 32, 0);
        let at = norm.offset as usize;
        assert_eq!(&data[at..at + 4], &7.0f32.to_le_bytes());
    }

    #[test]
    fn a_bpe_vocabulary_keeps_the_parts_of_its_kept_tokens_and_the_merges_among_them() {
        let dir = tempfile::tempdir().unwrap();
        let (src, dst) = (dir.path().join("in.gguf"), dir.path().join("out.gguf"));
        let tokens = ["a", "<eos>", "b", "c", "ab", "abc", "bc", "cc"];
        // "ab c" makes "abc" and "a b" makes "ab"; "b c" and "c c" make tokens nobody keeps.
        std::fs::write(&src, tiny("gpt2", &tokens, &["a b", "b c", "ab c", "c c"])).unwrap();
        let done = prune(&src, &dst, &[5]).unwrap();
        // abc, its parts ab and c, their parts a and b, eos; the single characters anyway.
        assert_eq!(done.tokens_after, 6);
        assert_eq!(done.merges, Some((4, 2)));

        let (h, data) = header_of(&std::fs::read(&dst).unwrap());
        let kv = |k: &str| h.kvs.iter().find(|kv| kv.key == k).unwrap();
        assert_eq!(strings(&kv("tokenizer.ggml.tokens").raw), ["a", "<eos>", "b", "c", "ab", "abc"]);
        assert_eq!(strings(&kv("tokenizer.ggml.merges").raw), ["a b", "ab c"]);
        assert_eq!(u32_value(kv("tokenizer.ggml.eos_token_id")), Some(1));
        assert_eq!(h.tensors[0].dims, [3, 6]);
        let last_row: Vec<f32> = data[60..72].chunks(4).map(|b| f32::from_le_bytes(b.try_into().unwrap())).collect();
        assert_eq!(last_row, [5.0, 5.0, 5.0], "the row of abc");
    }

    #[test]
    fn an_unknown_tokenizer_or_a_broken_file_is_refused_with_a_reason() {
        let dir = tempfile::tempdir().unwrap();
        let (src, dst) = (dir.path().join("in.gguf"), dir.path().join("out.gguf"));
        std::fs::write(&src, tiny("rwkv", &["a", "b"], &[])).unwrap();
        let err = prune(&src, &dst, &[0]).unwrap_err().to_string();
        assert!(err.contains("SentencePiece") && err.contains("rwkv"), "{err}");

        std::fs::write(&src, tiny("gpt2", &["a", "b"], &[])[..200].to_vec()).unwrap();
        assert!(prune(&src, &dst, &[0]).is_err());
        std::fs::write(&src, &tiny_gguf()[..60]).unwrap();
        let err = prune(&src, &dst, &[0]).unwrap_err().to_string();
        assert!(err.contains("ends early"), "{err}");
    }

    #[test]
    fn the_embedded_keep_lists_are_sorted_and_keep_the_special_tokens() {
        let gemma = keep_list("gemma-3.txt").unwrap();
        assert!(gemma.windows(2).all(|w| w[0] < w[1]));
        assert!(gemma.len() > 30_000 && gemma.len() < 100_000, "{}", gemma.len());
        assert_eq!(&gemma[..4], [0, 1, 2, 3]);
        let qwen = keep_list("qwen2.5-coder.txt").unwrap();
        assert!(qwen.windows(2).all(|w| w[0] < w[1]));
        assert!(qwen.len() > 30_000 && qwen.len() < 100_000, "{}", qwen.len());
        // The 256 byte tokens, then <|endoftext|>, <|im_start|>, <|im_end|>.
        assert_eq!(&qwen[..256], (0..256).collect::<Vec<u32>>());
        assert!([151643, 151644, 151645].iter().all(|id| qwen.contains(id)));
        assert!(keep_list("nope.txt").is_none());
    }
}
