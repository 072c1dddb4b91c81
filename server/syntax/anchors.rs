//! Anchors: where the actions apply (requirement comments, task stubs) and where generated
//! code goes. Everything is in byte offsets of one document version.

use std::ops::Range;

use ropey::Rope;
use tree_sitter::Node;

use super::comments::{self, CommentBlock};
use super::parser::{Language, Syntax};
use super::queries::{self, capture};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StubKind {
    /// One step of the plan.
    Task,
    /// The wiring function (`run_pipeline` / `main`): implemented after all tasks.
    Entry,
}

/// A stub written by "Decompose into tasks".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stub {
    pub name: String,
    pub kind: StubKind,
    /// What "Implement task" replaces: the function node, plus its doc comment in C.
    pub bytes: Range<usize>,
    pub line: usize,
    /// Whitespace before the stub on its first line.
    pub indent: String,
}

/// The anchors of one document version. Cheap to query; rebuilt lazily after edits.
#[derive(Clone, Debug)]
pub struct Outline {
    pub lang: Language,
    pub comments: Vec<CommentBlock>,
    pub stubs: Vec<Stub>,
}

/// Where code generated for a requirement goes: the start of the line below the comment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Insertion {
    pub byte: usize,
    pub indent: String,
    /// The comment ends the file without a newline: the insertion must start with one.
    pub needs_newline: bool,
    /// How many blank lines separate the insertion point from the code below it (`None`
    /// when nothing but blank lines follows): the edit tops this up to the usual spacing.
    pub blank_lines_below: Option<usize>,
}

impl Outline {
    pub fn build(syntax: &Syntax, rope: &Rope) -> Outline {
        let root = syntax.tree.root_node();
        let comments = comments::blocks(syntax.lang, root, rope);
        let stubs = stubs(syntax.lang, root, rope, &comments);
        Outline { lang: syntax.lang, comments, stubs }
    }

    pub fn requirements(&self) -> impl Iterator<Item = &CommentBlock> {
        self.comments.iter().filter(|c| c.is_requirement)
    }

    /// The requirement block on the cursor's lines (an empty or line-local range), or any
    /// comment block an explicit selection overlaps (so the user can pick a comment that has
    /// no tag).
    pub fn comment_for_range(&self, rope: &Rope, bytes: Range<usize>) -> Option<&CommentBlock> {
        let line_a = rope.byte_to_line(bytes.start);
        if bytes.is_empty() {
            return self
                .requirements()
                .find(|c| c.first_line <= line_a && line_a <= c.last_line);
        }
        self.comments.iter().find(|c| c.bytes.start < bytes.end && bytes.start < c.bytes.end)
    }

    /// The stub whose text contains `byte` (cursor anywhere in its doc comment or function).
    pub fn stub_at(&self, byte: usize) -> Option<&Stub> {
        self.stubs.iter().find(|s| s.bytes.start <= byte && byte <= s.bytes.end)
    }

    /// The nearest requirement comment that ends above `byte`.
    pub fn requirement_above(&self, byte: usize) -> Option<&CommentBlock> {
        self.requirements().filter(|c| c.bytes.end <= byte).last()
    }

    /// Stubs that belong to `req`: below it and above the next requirement.
    pub fn stubs_of<'a>(&'a self, req: &'a CommentBlock) -> impl Iterator<Item = &'a Stub> + 'a {
        let next = self
            .requirements()
            .map(|c| c.bytes.start)
            .find(|&s| s > req.bytes.start)
            .unwrap_or(usize::MAX);
        self.stubs
            .iter()
            .filter(move |s| s.bytes.start >= req.bytes.end && s.bytes.start < next)
    }

    /// Re-finds a comment block by its text after edits; the nearest to `line` wins when the
    /// same text appears twice.
    pub fn find_comment(&self, text: &str, line: usize) -> Option<&CommentBlock> {
        self.comments
            .iter()
            .filter(|c| c.text == text)
            .min_by_key(|c| c.first_line.abs_diff(line))
    }

    /// Re-finds a stub by function name; the nearest to `line` wins.
    pub fn find_stub(&self, name: &str, line: usize) -> Option<&Stub> {
        self.stubs
            .iter()
            .filter(|s| s.name == name)
            .min_by_key(|s| s.line.abs_diff(line))
    }
}

/// The line below `block`, with the block's indentation.
pub fn insertion_below(rope: &Rope, block: &CommentBlock) -> Insertion {
    let next_line = block.last_line + 1;
    if next_line >= rope.len_lines() {
        // The comment is the last line and has no newline after it.
        return Insertion { byte: rope.len_bytes(), indent: block.indent.clone(), needs_newline: true, blank_lines_below: None };
    }
    let byte = rope.line_to_byte(next_line);
    let blank_lines_below = (next_line..rope.len_lines())
        .position(|l| rope.line(l).chars().any(|c| !c.is_whitespace()));
    Insertion { byte, indent: block.indent.clone(), needs_newline: false, blank_lines_below }
}

const STUB_MAX_DEPTH: u32 = 4;

fn stubs(lang: Language, root: Node, rope: &Rope, comments: &[CommentBlock]) -> Vec<Stub> {
    let q = &queries::for_lang(lang).stubs;
    let mut out = Vec::new();
    // Stubs are top-level functions or methods (module > class > block > function), never
    // nested deeper; not descending into every function body halves the query's cost.
    queries::for_each_match(q, root, rope, None, Some(STUB_MAX_DEPTH), |m| {
        let (Some(node), Some(name), Some(marker)) =
            (capture(q, m, "stub"), capture(q, m, "stub.name"), capture(q, m, "stub.marker"))
        else {
            return;
        };
        let kind = if queries::text(rope, marker).contains("entry") { StubKind::Entry } else { StubKind::Task };
        let mut start = node.start_byte();
        if lang == Language::C {
            if let Some(doc) = doc_comment(node, comments) {
                start = doc;
            }
        }
        let line = rope.byte_to_line(start);
        let line_start = rope.line_to_byte(line);
        let indent: String = rope.byte_slice(line_start..start).chars().take_while(|c| c.is_whitespace()).collect();
        out.push(Stub { name: queries::text(rope, name), kind, bytes: start..node.end_byte(), line, indent });
    });
    out.sort_by_key(|s| s.bytes.start);
    out.dedup_by_key(|s| s.bytes.start);
    out
}

/// Start of the C doc comment directly above `function` (no blank line between), unless that
/// comment is a requirement: a requirement is never part of a stub.
fn doc_comment(function: Node, comments: &[CommentBlock]) -> Option<usize> {
    let prev = function.prev_sibling()?;
    if prev.kind() != "comment" || prev.end_position().row + 1 < function.start_position().row {
        return None;
    }
    let block = comments.iter().find(|c| c.bytes.start <= prev.start_byte() && prev.end_byte() <= c.bytes.end)?;
    (!block.is_requirement).then_some(block.bytes.start)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn outline(lang: Language, src: &str) -> (Rope, Outline) {
        let rope = Rope::from_str(src);
        let syntax = Syntax::new(lang, &rope).unwrap();
        let o = Outline::build(&syntax, &rope);
        (rope, o)
    }

    #[test]
    fn python_stubs_and_their_requirement() {
        let src = r#"# Requirement: detect peaks
def detect_peaks(x):
    """Find peaks."""
    raise NotImplementedError("gpiot: task")

def done(x):
    return x

def run_pipeline():
    raise NotImplementedError("gpiot: entry")
"#;
        let (_, o) = outline(Language::Python, src);
        let names: Vec<_> = o.stubs.iter().map(|s| (s.name.as_str(), s.kind)).collect();
        assert_eq!(names, [("detect_peaks", StubKind::Task), ("run_pipeline", StubKind::Entry)]);
        let req = o.requirement_above(o.stubs[1].bytes.start).unwrap();
        assert_eq!(req.text, "detect peaks");
        assert_eq!(o.stubs_of(req).count(), 2);
    }

    #[test]
    fn c_stub_includes_doc_comment_but_not_requirement() {
        let src = "/* Requirement: blink */\nint main(void)\n{\n    /* gpiot: entry */\n}\n\n/* Toggle.\n * Inputs: none\n */\nstatic int *toggle(int pin)\n{\n    /* gpiot: task */\n}\n";
        let (rope, o) = outline(Language::C, src);
        assert_eq!(o.stubs.len(), 2);
        assert_eq!(o.stubs[0].name, "main");
        assert_eq!(o.stubs[0].bytes.start, rope.line_to_byte(1));
        assert_eq!(o.stubs[1].name, "toggle");
        assert_eq!(o.stubs[1].bytes.start, rope.line_to_byte(6));
        assert_eq!(o.stubs[1].kind, StubKind::Task);
    }

    #[test]
    fn insertion_below_keeps_indent() {
        let src = "def f():\n    # Requirement: x\n    pass\n";
        let (rope, o) = outline(Language::Python, src);
        let ins = insertion_below(&rope, &o.comments[0]);
        assert_eq!(ins, Insertion { byte: rope.line_to_byte(2), indent: "    ".into(), needs_newline: false, blank_lines_below: Some(0) });
        let src = "# Requirement: x";
        let (rope, o) = outline(Language::Python, src);
        let ins = insertion_below(&rope, &o.comments[0]);
        assert!(ins.needs_newline);
        assert_eq!(ins.byte, rope.len_bytes());
    }
}
