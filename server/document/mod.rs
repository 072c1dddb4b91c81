//! Open documents: ropey text + version + incremental syntax tree, positions in the
//! negotiated encoding, a concurrent store.

pub mod position;
pub mod store;

pub use position::PositionEncoding;
pub use store::{DocumentError, DocumentStore, Snapshot, MAX_PARSED_BYTES};
