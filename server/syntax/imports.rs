//! The import / include section and the file context handed to the model.

use ropey::Rope;

use super::parser::{Language, Syntax};
use super::queries::{self, capture};

/// Where new imports go and which ones exist already.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportSection {
    /// Text of every top-level import / include (for de-duplication and for context).
    pub existing: Vec<String>,
    /// Start of the line where new import lines are inserted.
    pub insert_at: usize,
    /// The file had no import section: separate the new one from what follows.
    pub is_new: bool,
    /// Insert a blank line before (after a module docstring).
    pub blank_before: bool,
    /// The insertion point is the end of a file without a final newline.
    pub needs_newline: bool,
}

/// Start of the line after `line`, or the end of the file (and whether a newline is missing).
fn after_line(rope: &Rope, line: usize) -> (usize, bool) {
    if line + 1 >= rope.len_lines() {
        (rope.len_bytes(), true)
    } else {
        (rope.line_to_byte(line + 1), false)
    }
}

/// The last row a node has text on (C's `#include` node swallows its newline).
fn last_row(node: tree_sitter::Node) -> usize {
    let end = node.end_position();
    if end.column == 0 && end.row > node.start_position().row {
        end.row - 1
    } else {
        end.row
    }
}

pub fn import_section(syntax: &Syntax, rope: &Rope) -> ImportSection {
    let q = &queries::for_lang(syntax.lang).imports;
    let root = syntax.tree.root_node();
    let mut nodes = Vec::new();
    queries::for_each_match(q, root, rope, None, None, |m| {
        if let Some(n) = capture(q, m, "import") {
            // Imports in an ERROR node (see the query) count when that node is the root or a
            // child of it, and they start a line, as top-level ones do. Without them a file
            // broken further down (an unclosed bracket) seemed to have no imports: Generate
            // added them again, as a new section at the top of the file.
            if let Some(parent) = n.parent().filter(|p| p.is_error()) {
                let top_level = parent == root || parent.parent() == Some(root);
                if !top_level || n.start_position().column != 0 {
                    return;
                }
            }
            nodes.push((n.start_byte(), n.end_byte(), last_row(n), n.id()));
        }
    });
    nodes.sort();
    let existing: Vec<String> = nodes
        .iter()
        .map(|&(a, b, _, _)| rope.byte_slice(a..b).to_string().trim().to_string())
        .collect();

    if let Some(&(first_start, _, _, _)) = nodes.first() {
        // The section is the first run of imports, allowing comments between them; new lines
        // go after its last import. The run is among the children of the root, or of the
        // ERROR child of the root that holds the first import.
        let mut last_row = nodes[0].2;
        let mut cursor = root.walk();
        let holder = root
            .children(&mut cursor)
            .find(|c| c.is_error() && c.start_byte() <= first_start && first_start < c.end_byte())
            .unwrap_or(root);
        let mut cursor = holder.walk();
        for child in holder.children(&mut cursor) {
            if child.start_byte() < first_start || child.is_extra() {
                continue;
            }
            if nodes.iter().any(|&(_, _, _, id)| id == child.id()) {
                last_row = self::last_row(child);
            } else if !matches!(child.kind(), "comment") {
                break;
            }
        }
        let (insert_at, needs_newline) = after_line(rope, last_row);
        return ImportSection { existing, insert_at, is_new: false, blank_before: false, needs_newline };
    }

    // No imports yet: top of the file, but after a shebang / encoding line and (Python) after
    // the module docstring, which must stay first to remain a docstring.
    let mut line = 0usize;
    while line < rope.len_lines() {
        let text = rope.line(line).to_string();
        if text.starts_with("#!") || (syntax.lang == Language::Python && text.starts_with('#') && text.contains("coding")) {
            line += 1;
        } else {
            break;
        }
    }
    let mut blank_before = false;
    let mut insert_at = if line < rope.len_lines() { rope.line_to_byte(line) } else { rope.len_bytes() };
    // Only a shebang without a final newline can push us past the last line.
    let mut needs_newline = line >= rope.len_lines();
    if syntax.lang == Language::Python {
        let mut cursor = root.walk();
        let first = root.named_children(&mut cursor).find(|c| c.kind() != "comment");
        if let Some(stmt) = first {
            let is_docstring = stmt.kind() == "expression_statement"
                && stmt.named_child(0).is_some_and(|s| s.kind() == "string");
            if is_docstring {
                (insert_at, needs_newline) = after_line(rope, last_row(stmt));
                blank_before = true;
            }
        }
    }
    ImportSection { existing, insert_at, is_new: true, blank_before, needs_newline }
}

/// Signatures of the functions (and Python classes) in the file, whitespace collapsed: what the
/// model may call or must stay consistent with.
pub fn signatures(syntax: &Syntax, rope: &Rope) -> Vec<String> {
    let q = &queries::for_lang(syntax.lang).definitions;
    let mut out = Vec::new();
    queries::for_each_match(q, syntax.tree.root_node(), rope, None, None, |m| {
        let (Some(def), Some(body)) = (capture(q, m, "definition"), capture(q, m, "body")) else { return };
        let head = rope.byte_slice(def.start_byte()..body.start_byte()).to_string();
        let head = head.split_whitespace().collect::<Vec<_>>().join(" ");
        out.push(head);
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn section(lang: Language, src: &str) -> (Rope, ImportSection) {
        let rope = Rope::from_str(src);
        let syntax = Syntax::new(lang, &rope).unwrap();
        let s = import_section(&syntax, &rope);
        (rope, s)
    }

    #[test]
    fn python_section_ends_after_last_leading_import() {
        let (rope, s) = section(Language::Python, "import os\n# c\nfrom x import (a,\n  b)\n\ny = 1\nimport late\n");
        assert_eq!(s.existing, ["import os", "from x import (a,\n  b)", "import late"]);
        assert_eq!(s.insert_at, rope.line_to_byte(4));
        assert!(!s.is_new);
    }

    #[test]
    fn python_imports_inside_a_top_level_error_still_count() {
        // Found by tests/lsp_races.rs: with an unclosed bracket being typed below, tree-sitter
        // wraps the file from its first line in an ERROR node (the root's first child), or
        // makes the root itself an ERROR node.
        for (src, root_is_error) in [
            ("import numpy as np\n\nLABEL = \"Größe\"é\r\n\n# Requirement: x\n# y.\nx = 1\n(心拍#\ndef existing():\n    return \"é 🎉\"\n", false),
            ("import numpy as np\nimport os\n\nx = 1\n)\ndef existing():\n (\n", true),
        ] {
            let (rope, s) = section(Language::Python, src);
            let tree = Syntax::new(Language::Python, &rope).unwrap().tree;
            let root = tree.root_node();
            let wrapped = if root_is_error { root.is_error() } else { root.child(0).unwrap().is_error() };
            assert!(wrapped, "the tree this test is about: {}", root.to_sexp());
            assert!(!s.is_new, "{src:?}");
            assert_eq!(s.existing[0], "import numpy as np");
            assert_eq!(s.insert_at, rope.line_to_byte(s.existing.len()));
        }
    }

    #[test]
    fn python_new_section_goes_after_docstring() {
        let (rope, s) = section(Language::Python, "\"\"\"Doc.\"\"\"\n# Requirement: x\n");
        assert_eq!(s.insert_at, rope.line_to_byte(1));
        assert!(s.is_new && s.blank_before);
    }

    #[test]
    fn c_includes_and_signatures() {
        let src = "#include <stdio.h>\n#include \"x.h\"\n\nint f(int a,\n      int b)\n{\n    return a;\n}\n";
        let (rope, s) = section(Language::C, src);
        assert_eq!(s.insert_at, rope.line_to_byte(2));
        let syntax = Syntax::new(Language::C, &rope).unwrap();
        assert_eq!(signatures(&syntax, &rope), ["int f(int a, int b)"]);
    }
}
