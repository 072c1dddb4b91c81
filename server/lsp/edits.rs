//! Turning a pipeline result into text edits at the anchors, and into a `WorkspaceEdit`.
//!
//! Edits never touch user text: code for a requirement is inserted on the line below it,
//! "Implement task" replaces exactly the stub's range, and imports are added (de-duplicated)
//! into the import section.

use std::collections::HashMap;
use std::ops::Range;

use ropey::Rope;
use tower_lsp::lsp_types::{
    DocumentChanges, OneOf, OptionalVersionedTextDocumentIdentifier, TextDocumentEdit, TextEdit, Url, WorkspaceEdit,
};

use crate::document::{position, PositionEncoding};
use crate::language::Language;
use crate::syntax::{ImportSection, Insertion, Stub};

/// Replace `bytes` with `text` (an insertion when the range is empty).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Replacement {
    pub bytes: Range<usize>,
    pub text: String,
}

/// Indents every non-empty line after the first with `indent`; the first line lands where the
/// edit starts.
fn indent_rest(code: &str, indent: &str) -> String {
    let mut out = String::with_capacity(code.len());
    for (i, line) in code.lines().enumerate() {
        if i > 0 {
            out.push('\n');
            if !line.trim().is_empty() {
                out.push_str(indent);
            }
        }
        out.push_str(if line.trim().is_empty() { "" } else { line });
    }
    out
}

/// New code on the line below a requirement, indented like the comment, separated from the
/// code below by the language's usual blank lines (PEP 8's two at Python's top level).
pub fn insert_below(ins: &Insertion, lang: Language, code: &str) -> Replacement {
    let code = code.trim_matches('\n').trim_end();
    let mut text = String::new();
    if ins.needs_newline {
        text.push('\n');
    }
    text.push_str(&ins.indent);
    text.push_str(&indent_rest(code, &ins.indent));
    text.push('\n');
    if let Some(blank) = ins.blank_lines_below {
        let want = if lang == Language::Python && ins.indent.is_empty() { 2 } else { 1 };
        for _ in blank..want {
            text.push('\n');
        }
    }
    Replacement { bytes: ins.byte..ins.byte, text }
}

/// The implementation in place of the stub (its doc comment included in C).
pub fn replace_stub(stub: &Stub, code: &str) -> Replacement {
    let code = code.trim_matches('\n').trim_end();
    Replacement { bytes: stub.bytes.clone(), text: indent_rest(code, &stub.indent) }
}

fn normalise(line: &str) -> String {
    line.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The import lines not in the file yet, inserted into its import section.
pub fn merge_imports(rope: &Rope, section: &ImportSection, wanted: &[String]) -> Option<Replacement> {
    let mut seen: Vec<String> = section.existing.iter().map(|l| normalise(l)).collect();
    let mut fresh = Vec::new();
    for line in wanted {
        let n = normalise(line);
        if n.is_empty() || seen.contains(&n) {
            continue;
        }
        seen.push(n);
        fresh.push(line.trim().to_string());
    }
    if fresh.is_empty() {
        return None;
    }
    let mut text = String::new();
    if section.needs_newline {
        text.push('\n');
    }
    if section.blank_before {
        text.push('\n');
    }
    for line in &fresh {
        text.push_str(line);
        text.push('\n');
    }
    if section.is_new {
        // Separate a new section from what follows, unless a blank line is there already.
        let line = rope.byte_to_line(section.insert_at.min(rope.len_bytes()));
        let next_blank = section.insert_at >= rope.len_bytes() || rope.line(line).chars().all(char::is_whitespace);
        if !next_blank {
            text.push('\n');
        }
    }
    Some(Replacement { bytes: section.insert_at..section.insert_at, text })
}

/// LSP text edits for byte replacements on `rope`, in the negotiated encoding.
pub fn text_edits(rope: &Rope, mut reps: Vec<Replacement>, enc: PositionEncoding) -> Vec<TextEdit> {
    reps.sort_by_key(|r| (r.bytes.start, r.bytes.end));
    reps.into_iter()
        .map(|r| TextEdit { range: position::to_range(rope, r.bytes, enc), new_text: r.text })
        .collect()
}

/// A versioned `documentChanges` edit when the client supports it (so it refuses the edit if
/// the document moved on), else plain `changes`.
pub fn workspace_edit(uri: &Url, version: i32, edits: Vec<TextEdit>, document_changes: bool) -> WorkspaceEdit {
    if document_changes {
        WorkspaceEdit {
            document_changes: Some(DocumentChanges::Edits(vec![TextDocumentEdit {
                text_document: OptionalVersionedTextDocumentIdentifier { uri: uri.clone(), version: Some(version) },
                edits: edits.into_iter().map(OneOf::Left).collect(),
            }])),
            ..WorkspaceEdit::default()
        }
    } else {
        WorkspaceEdit { changes: Some(HashMap::from([(uri.clone(), edits)])), ..WorkspaceEdit::default() }
    }
}

/// Applies replacements to a string (tests and the benchmark check results with it).
pub fn apply(text: &str, mut reps: Vec<Replacement>) -> String {
    reps.sort_by_key(|r| std::cmp::Reverse((r.bytes.start, r.bytes.end)));
    let mut out = text.to_string();
    for r in reps {
        out.replace_range(r.bytes, &r.text);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::{import_section, insertion_below, Language, Outline, Syntax};

    fn setup(lang: Language, src: &str) -> (Rope, Syntax, Outline) {
        let rope = Rope::from_str(src);
        let syntax = Syntax::new(lang, &rope).unwrap();
        let outline = Outline::build(&syntax, &rope);
        (rope, syntax, outline)
    }

    #[test]
    fn insert_below_indented_requirement_with_imports() {
        let src = "import os\n\ndef main():\n    # Requirement: blink\n    pass\n";
        let (rope, syntax, outline) = setup(Language::Python, src);
        let ins = insertion_below(&rope, &outline.comments[0]);
        let code = insert_below(&ins, Language::Python, "def blink():\n    return 1\n");
        let imports = merge_imports(&rope, &import_section(&syntax, &rope), &["import os".into(), "import time".into(), "import  time".into()]);
        let out = apply(src, vec![code, imports.unwrap()]);
        assert_eq!(
            out,
            "import os\nimport time\n\ndef main():\n    # Requirement: blink\n    def blink():\n        return 1\n\n    pass\n"
        );
    }

    #[test]
    fn new_import_section_is_separated() {
        let src = "# Requirement: x\n";
        let (rope, syntax, _) = setup(Language::Python, src);
        let imports = merge_imports(&rope, &import_section(&syntax, &rope), &["import numpy as np".into()]).unwrap();
        assert_eq!(apply(src, vec![imports]), "import numpy as np\n\n# Requirement: x\n");
    }

    #[test]
    fn replace_stub_keeps_surroundings() {
        let src = "class A:\n    def f(self):\n        raise NotImplementedError(\"gpiot: task\")\n\nx = 1\n";
        let (_, _, outline) = setup(Language::Python, src);
        let rep = replace_stub(&outline.stubs[0], "def f(self):\n    return 2\n");
        assert_eq!(apply(src, vec![rep]), "class A:\n    def f(self):\n        return 2\n\nx = 1\n");
    }
}
