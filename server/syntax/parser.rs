//! Parsing a rope with tree-sitter, incrementally.
//!
//! `tree_sitter::Parser` is `Send` but not `Sync`, so it cannot live in the shared document map;
//! each thread keeps one parser per language instead (creating a parser per edit would cost an
//! allocation and a language switch on every keystroke).

use std::cell::RefCell;

use ropey::Rope;
use tree_sitter::{InputEdit, Parser, Point, Tree};

pub use crate::language::Language;

thread_local! {
    static PARSERS: RefCell<Vec<(Language, Parser)>> = const { RefCell::new(Vec::new()) };
}

/// Parses `rope`, reusing `old` (already `edit`ed to match `rope`) when given.
pub fn parse(lang: Language, rope: &Rope, old: Option<&Tree>) -> Option<Tree> {
    PARSERS.with(|parsers| {
        let mut parsers = parsers.borrow_mut();
        let idx = match parsers.iter().position(|(l, _)| *l == lang) {
            Some(i) => i,
            None => {
                let mut parser = Parser::new();
                parser.set_language(&lang.tree_sitter()).ok()?;
                parsers.push((lang, parser));
                parsers.len() - 1
            }
        };
        let parser = &mut parsers[idx].1;
        let len = rope.len_bytes();
        // Feed tree-sitter the rope's chunks directly: no copy of the whole text per edit.
        let mut read = |byte: usize, _: Point| -> &[u8] {
            if byte >= len {
                return &[];
            }
            let (chunk, chunk_start, _, _) = rope.chunk_at_byte(byte);
            &chunk.as_bytes()[byte - chunk_start..]
        };
        parser.parse_with_options(&mut read, old, None)
    })
}

/// A document's syntax: the language and its current tree.
#[derive(Clone)]
pub struct Syntax {
    pub lang: Language,
    pub tree: Tree,
}

impl Syntax {
    pub fn new(lang: Language, rope: &Rope) -> Option<Syntax> {
        Some(Syntax { lang, tree: parse(lang, rope, None)? })
    }

    /// Tells the old tree about an edit (so unchanged subtrees are reused).
    pub fn edit(&mut self, edit: &InputEdit) {
        self.tree.edit(edit);
    }

    /// Reparses after one or more `edit`s; keeps the edited old tree if parsing fails.
    pub fn reparse(&mut self, rope: &Rope) {
        if let Some(tree) = parse(self.lang, rope, Some(&self.tree)) {
            self.tree = tree;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn incremental_reparse_matches_fresh_parse() {
        let mut rope = Rope::from_str("def f():\n    return 1\n");
        let mut syntax = Syntax::new(Language::Python, &rope).unwrap();
        // Insert "é" at byte 4 ("def é f" is not valid but parse must still agree).
        let start = 4;
        rope.insert(rope.byte_to_char(start), "xé");
        syntax.edit(&InputEdit {
            start_byte: start,
            old_end_byte: start,
            new_end_byte: start + 3,
            start_position: Point::new(0, 4),
            old_end_position: Point::new(0, 4),
            new_end_position: Point::new(0, 7),
        });
        syntax.reparse(&rope);
        let fresh = parse(Language::Python, &rope, None).unwrap();
        assert_eq!(syntax.tree.root_node().to_sexp(), fresh.root_node().to_sexp());
    }
}

