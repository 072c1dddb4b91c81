//! The tree-sitter queries in `queries/<lang>/*.scm`, compiled once per language.
//!
//! They are data files (one concern per file, as in helix) baked in with `include_str!`, so
//! the binary is self-contained.

use std::ops::Range;
use std::sync::OnceLock;

use ropey::Rope;
use tree_sitter::{Node, Query, QueryCursor, QueryMatch, StreamingIterator, TextProvider};

use super::parser::Language;

pub struct LangQueries {
    pub comments: Query,
    pub stubs: Query,
    pub imports: Query,
    pub definitions: Query,
}

fn compile(lang: Language, name: &str, source: &str) -> Query {
    // The queries are part of the binary and covered by tests: a failure here is a bug.
    Query::new(&lang.tree_sitter(), source)
        .unwrap_or_else(|e| panic!("queries/{}/{name}.scm: {e}", lang.name()))
}

macro_rules! lang_queries {
    ($lang:expr, $dir:literal) => {
        LangQueries {
            comments: compile($lang, "comments", include_str!(concat!("../../queries/", $dir, "/comments.scm"))),
            stubs: compile($lang, "stubs", include_str!(concat!("../../queries/", $dir, "/stubs.scm"))),
            imports: compile($lang, "imports", include_str!(concat!("../../queries/", $dir, "/imports.scm"))),
            definitions: compile($lang, "definitions", include_str!(concat!("../../queries/", $dir, "/definitions.scm"))),
        }
    };
}

pub fn for_lang(lang: Language) -> &'static LangQueries {
    static PYTHON: OnceLock<LangQueries> = OnceLock::new();
    static C: OnceLock<LangQueries> = OnceLock::new();
    match lang {
        Language::Python => PYTHON.get_or_init(|| lang_queries!(Language::Python, "python")),
        Language::C => C.get_or_init(|| lang_queries!(Language::C, "c")),
    }
}

/// Lets query predicates (`#eq?`, `#match?`) read node text straight from the rope.
pub struct RopeText<'a>(pub &'a Rope);

pub struct ChunksBytes<'a>(ropey::iter::Chunks<'a>);

impl<'a> Iterator for ChunksBytes<'a> {
    type Item = &'a [u8];
    fn next(&mut self) -> Option<&'a [u8]> {
        self.0.next().map(str::as_bytes)
    }
}

impl<'a> TextProvider<&'a [u8]> for RopeText<'a> {
    type I = ChunksBytes<'a>;
    fn text(&mut self, node: Node) -> Self::I {
        let end = node.end_byte().min(self.0.len_bytes());
        let start = node.start_byte().min(end);
        ChunksBytes(self.0.byte_slice(start..end).chunks())
    }
}

/// Runs `query` over `root` (optionally only within `bytes`, and only for matches that start
/// at most `max_depth` levels down) and hands each match to `f`.
pub fn for_each_match(
    query: &Query,
    root: Node,
    rope: &Rope,
    bytes: Option<Range<usize>>,
    max_depth: Option<u32>,
    mut f: impl FnMut(&QueryMatch),
) {
    let mut cursor = QueryCursor::new();
    if let Some(r) = bytes {
        cursor.set_byte_range(r);
    }
    // Lets the cursor skip whole function bodies when nothing can start inside them.
    cursor.set_max_start_depth(max_depth);
    let mut matches = cursor.matches(query, root, RopeText(rope));
    while let Some(m) = matches.next() {
        f(m);
    }
}

/// The node captured as `name` in `m`, if any.
pub fn capture<'t>(query: &Query, m: &QueryMatch<'_, 't>, name: &str) -> Option<Node<'t>> {
    let idx = query.capture_index_for_name(name)?;
    m.captures.iter().find(|c| c.index == idx).map(|c| c.node)
}

/// Text of a node, read from the rope.
pub fn text(rope: &Rope, node: Node) -> String {
    let end = node.end_byte().min(rope.len_bytes());
    rope.byte_slice(node.start_byte().min(end)..end).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_queries_compile() {
        for_lang(Language::Python);
        for_lang(Language::C);
    }
}
