//! Where things are: tree-sitter parsing (incremental), the queries in `queries/`, and the
//! anchors the LSP layer acts on (requirement comments, task stubs, insertion points, the
//! import section). It knows nothing of LSP or of the model.

pub mod anchors;
pub mod comments;
pub mod imports;
pub mod parser;
pub mod queries;

pub use anchors::{insertion_below, Insertion, Outline, Stub, StubKind};
pub use comments::CommentBlock;
pub use imports::{import_section, signatures, ImportSection};
pub use parser::{Language, Syntax};
