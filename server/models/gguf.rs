//! Cheap checks on a GGUF file before llama.cpp sees it, so a wrong file gets a message that
//! says what is wrong instead of a crash or a log line from C.

use std::fs::File;
use std::io::{BufReader, Read};
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum GgufError {
    #[error("{0} does not exist")]
    Missing(PathBuf),
    #[error("cannot read {0}: {1}")]
    Io(PathBuf, std::io::Error),
    #[error("not a GGUF file (bad magic bytes)")]
    NotGguf,
    #[error("file is truncated or corrupt ({0})")]
    Truncated(String),
    #[error("unsupported GGUF version {0}")]
    Version(u32),
    #[error("architecture `{0}` is not a language model llama.cpp can run here")]
    Architecture(String),
    #[error("this GGUF is a LoRA adapter, not a base model")]
    IsAdapter,
    #[error("this GGUF is a model, not a LoRA adapter")]
    NotAdapter,
}

/// What the header says.
#[derive(Debug, Default)]
pub struct Header {
    pub version: u32,
    pub tensors: u64,
    pub architecture: Option<String>,
    /// `general.type`: "model" or "adapter" (recent converters write it).
    pub kind: Option<String>,
    pub adapter_type: Option<String>,
    /// The file carries `tokenizer.chat_template` (an instruct model's prompt format).
    pub chat_template: bool,
}

pub fn read_header(path: &Path) -> Result<Header, GgufError> {
    let file = File::open(path).map_err(|e| {
        if e.kind() == std::io::ErrorKind::NotFound {
            GgufError::Missing(path.to_path_buf())
        } else {
            GgufError::Io(path.to_path_buf(), e)
        }
    })?;
    let mut r = Reader(BufReader::new(file));
    let mut magic = [0u8; 4];
    r.0.read_exact(&mut magic).map_err(|_| GgufError::NotGguf)?;
    if &magic != b"GGUF" {
        return Err(GgufError::NotGguf);
    }
    let version = r.u32()?;
    if !(2..=3).contains(&version) {
        return Err(GgufError::Version(version));
    }
    let tensors = r.u64()?;
    let kvs = r.u64()?;
    if kvs > 1_000_000 || tensors > 10_000_000 {
        return Err(GgufError::Truncated("implausible header counts".into()));
    }
    let mut h = Header { version, tensors, ..Default::default() };
    for _ in 0..kvs {
        let key = r.string()?;
        let ty = r.u32()?;
        if key == "tokenizer.chat_template" {
            h.chat_template = true;
        }
        let wanted = matches!(key.as_str(), "general.architecture" | "general.type" | "adapter.type");
        match (wanted, ty) {
            (true, 8) => {
                let v = r.string()?;
                match key.as_str() {
                    "general.architecture" => h.architecture = Some(v),
                    "general.type" => h.kind = Some(v),
                    _ => h.adapter_type = Some(v),
                }
            }
            _ => r.skip_value(ty)?,
        }
    }
    Ok(h)
}

/// Architectures llama.cpp runs that make sense as a causal language model here.
const KNOWN_ARCHES: &[&str] = &[
    "gemma", "gemma2", "gemma3", "gemma3n", "llama", "qwen2", "qwen3", "phi2", "phi3", "starcoder2",
    "smollm3", "granite", "olmo", "olmo2", "mistral3", "stablelm", "deepseek2", "internlm2",
];

/// Checks a base model file: exists, GGUF, a causal LM architecture, and not an adapter.
pub fn check_model_file(path: &Path) -> Result<Header, GgufError> {
    let h = read_header(path)?;
    if h.kind.as_deref() == Some("adapter") || h.adapter_type.is_some() {
        return Err(GgufError::IsAdapter);
    }
    match h.architecture.as_deref() {
        Some(a) if KNOWN_ARCHES.contains(&a) => {}
        Some(a) => return Err(GgufError::Architecture(a.to_string())),
        None => return Err(GgufError::Truncated("no general.architecture key".into())),
    }
    if h.tensors == 0 {
        return Err(GgufError::Truncated("no tensors".into()));
    }
    Ok(h)
}

/// Checks a LoRA adapter file: exists, GGUF, marked as a LoRA adapter.
pub fn check_adapter_file(path: &Path) -> Result<Header, GgufError> {
    let h = read_header(path)?;
    if h.kind.as_deref() == Some("model") && h.adapter_type.is_none() {
        return Err(GgufError::NotAdapter);
    }
    Ok(h)
}

/// Little-endian GGUF primitives over any reader (vocab_prune.rs skips values with it too).
pub(crate) struct Reader<R>(pub(crate) R);

impl<R: Read> Reader<R> {
    fn bytes<const N: usize>(&mut self) -> Result<[u8; N], GgufError> {
        let mut b = [0u8; N];
        self.0.read_exact(&mut b).map_err(|_| GgufError::Truncated("header ends early".into()))?;
        Ok(b)
    }
    pub(crate) fn u32(&mut self) -> Result<u32, GgufError> {
        Ok(u32::from_le_bytes(self.bytes()?))
    }
    pub(crate) fn u64(&mut self) -> Result<u64, GgufError> {
        Ok(u64::from_le_bytes(self.bytes()?))
    }
    fn string_bytes(&mut self) -> Result<Vec<u8>, GgufError> {
        let len = self.u64()?;
        if len > 1 << 24 {
            return Err(GgufError::Truncated("implausible string length".into()));
        }
        let mut buf = vec![0u8; len as usize];
        self.0.read_exact(&mut buf).map_err(|_| GgufError::Truncated("header ends early".into()))?;
        Ok(buf)
    }
    /// For messages: invalid UTF-8 is replaced.
    fn string(&mut self) -> Result<String, GgufError> {
        Ok(String::from_utf8_lossy(&self.string_bytes()?).into_owned())
    }
    /// For strings that are written back (keys, tensor names): invalid UTF-8 is an error.
    pub(crate) fn strict_string(&mut self) -> Result<String, GgufError> {
        String::from_utf8(self.string_bytes()?).map_err(|_| GgufError::Truncated("a string is not UTF-8".into()))
    }
    fn skip(&mut self, n: u64) -> Result<(), GgufError> {
        let copied = std::io::copy(&mut (&mut self.0).take(n), &mut std::io::sink())
            .map_err(|_| GgufError::Truncated("header ends early".into()))?;
        if copied != n {
            return Err(GgufError::Truncated("header ends early".into()));
        }
        Ok(())
    }
    pub(crate) fn skip_value(&mut self, ty: u32) -> Result<(), GgufError> {
        match ty {
            0 | 1 | 7 => self.skip(1),
            2 | 3 => self.skip(2),
            4 | 5 | 6 => self.skip(4),
            10 | 11 | 12 => self.skip(8),
            8 => self.string().map(drop),
            9 => {
                let inner = self.u32()?;
                let n = self.u64()?;
                if n > 1 << 28 {
                    return Err(GgufError::Truncated("implausible array length".into()));
                }
                for _ in 0..n {
                    self.skip_value(inner)?;
                }
                Ok(())
            }
            t => Err(GgufError::Truncated(format!("unknown value type {t}"))),
        }
    }
}
