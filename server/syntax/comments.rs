//! Comment blocks: consecutive line comments grouped into one block, markers stripped, and the
//! requirement tag (`Requirement:` / `@iot`) recognised.

use std::ops::Range;

use ropey::Rope;
use tree_sitter::Node;

use super::parser::Language;
use super::queries::{self, capture};

/// A comment block that stands on its own lines (trailing comments after code never anchor
/// anything: they describe the code on their line).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CommentBlock {
    /// From the first comment's marker to the end of the last comment.
    pub bytes: Range<usize>,
    pub first_line: usize,
    pub last_line: usize,
    /// Whitespace before the first comment on its line; generated code below gets the same.
    pub indent: String,
    /// The text without comment markers (and without the requirement tag when there is
    /// one), lines trimmed and joined by `\n`.
    pub text: String,
    pub is_requirement: bool,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Style {
    Line,
    Block,
}

struct Piece {
    bytes: Range<usize>,
    row: usize,
    end_row: usize,
    column: usize,
    style: Style,
    raw: String,
}

/// All own-line comment blocks of the tree, in document order.
pub fn blocks(lang: Language, root: Node, rope: &Rope) -> Vec<CommentBlock> {
    let q = &queries::for_lang(lang).comments;
    let mut pieces: Vec<Piece> = Vec::new();
    queries::for_each_match(q, root, rope, None, None, |m| {
        let Some(node) = capture(q, m, "comment") else { return };
        let start = node.start_byte();
        let line_start = rope.line_to_byte(rope.byte_to_line(start));
        let before = rope.byte_slice(line_start..start);
        if before.chars().any(|c| !c.is_whitespace()) {
            return; // trailing comment
        }
        let raw = queries::text(rope, node);
        let style = if lang == Language::C && raw.starts_with("/*") { Style::Block } else { Style::Line };
        pieces.push(Piece {
            bytes: start..node.end_byte(),
            row: node.start_position().row,
            end_row: node.end_position().row,
            column: start - line_start,
            style,
            raw,
        });
    });
    pieces.sort_by_key(|p| p.bytes.start);

    let mut out = Vec::new();
    let mut group: Vec<Piece> = Vec::new();
    for piece in pieces {
        let joins = match group.last() {
            Some(prev) => {
                prev.style == Style::Line
                    && piece.style == Style::Line
                    && piece.row == prev.end_row + 1
                    && piece.column == prev.column
            }
            None => false,
        };
        if !joins && !group.is_empty() {
            out.push(finish(lang, rope, std::mem::take(&mut group)));
        }
        group.push(piece);
    }
    if !group.is_empty() {
        out.push(finish(lang, rope, group));
    }
    out
}

fn finish(lang: Language, rope: &Rope, group: Vec<Piece>) -> CommentBlock {
    let first = &group[0];
    let last = &group[group.len() - 1];
    let line_start = first.bytes.start - first.column;
    let indent = rope.byte_slice(line_start..first.bytes.start).to_string();
    let mut lines: Vec<String> = Vec::new();
    for piece in &group {
        match piece.style {
            Style::Line => lines.push(strip_line_marker(lang, &piece.raw)),
            Style::Block => lines.extend(strip_block_markers(&piece.raw)),
        }
    }
    let (text, is_requirement) = normalise(lines);
    CommentBlock {
        bytes: first.bytes.start..last.bytes.end,
        first_line: first.row,
        last_line: last.end_row,
        indent,
        text,
        is_requirement,
    }
}

fn strip_line_marker(lang: Language, raw: &str) -> String {
    let marker = if lang == Language::Python { '#' } else { '/' };
    raw.trim_start().trim_start_matches(marker).trim().to_string()
}

fn strip_block_markers(raw: &str) -> Vec<String> {
    let inner = raw.trim();
    let inner = inner.strip_prefix("/*").unwrap_or(inner).trim_start_matches('*');
    let inner = inner.strip_suffix("*/").unwrap_or(inner);
    inner
        .lines()
        .map(|line| {
            let line = line.trim();
            // Continuation lines of `/* ... \n * ... */` carry a decorative star.
            let line = if line.starts_with('*') && !line.starts_with("*/") { &line[1..] } else { line };
            line.trim().to_string()
        })
        .collect()
}

/// The requirement tag if `first` starts with one: returns the rest of the line.
fn strip_tag(first: &str) -> Option<&str> {
    let lower = first.to_ascii_lowercase();
    if lower.starts_with("requirement:") {
        return Some(first["requirement:".len()..].trim());
    }
    if let Some(rest) = lower.strip_prefix("@iot") {
        if rest.is_empty() || rest.starts_with(|c: char| c.is_whitespace() || c == ':') {
            return Some(first["@iot".len()..].trim_start_matches(':').trim());
        }
    }
    None
}

/// Drops blank edge lines, recognises the tag on the first line and removes it.
fn normalise(mut lines: Vec<String>) -> (String, bool) {
    while lines.first().is_some_and(|l| l.is_empty()) {
        lines.remove(0);
    }
    while lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
    let mut is_requirement = false;
    if let Some(first) = lines.first() {
        if let Some(rest) = strip_tag(first) {
            is_requirement = true;
            if rest.is_empty() {
                lines.remove(0);
            } else {
                lines[0] = rest.to_string();
            }
        }
    }
    let text = lines.join("\n");
    // A tag with nothing to do (yet, while the user types; or text cut off by a NUL, which
    // ends a comment for tree-sitter's lexers) is no requirement: no action would make sense.
    let is_requirement = is_requirement && !text.trim().is_empty();
    (text, is_requirement)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::parser::parse;

    fn blocks_of(lang: Language, src: &str) -> Vec<CommentBlock> {
        let rope = Rope::from_str(src);
        let tree = parse(lang, &rope, None).unwrap();
        blocks(lang, tree.root_node(), &rope)
    }

    #[test]
    fn python_line_comments_form_one_block() {
        let b = blocks_of(
            Language::Python,
            "import os\n# Requirement: read PPG at 50 Hz\n#   report heart rate\nx = 1  # trailing\n# other\n",
        );
        assert_eq!(b.len(), 2);
        assert!(b[0].is_requirement);
        assert_eq!(b[0].text, "read PPG at 50 Hz\nreport heart rate");
        assert_eq!((b[0].first_line, b[0].last_line), (1, 2));
        assert!(!b[1].is_requirement);
    }

    #[test]
    fn c_block_and_line_comments() {
        let b = blocks_of(
            Language::C,
            "/* @iot sample the IMU\n * at 100 Hz */\nint x;\n    // Requirement:\n    // blink the LED\n",
        );
        assert_eq!(b.len(), 2);
        assert_eq!(b[0].text, "sample the IMU\nat 100 Hz");
        assert!(b[1].is_requirement);
        assert_eq!(b[1].text, "blink the LED");
        assert_eq!(b[1].indent, "    ");
    }

    #[test]
    fn a_tag_without_text_is_not_a_requirement() {
        let b = blocks_of(Language::Python, "# Requirement:\nx = 1\n# Requirement: \0 blink\ny = 2\n#   @iot\n");
        assert!(b.iter().all(|b| !b.is_requirement), "{:?}", b.iter().map(|b| &b.text).collect::<Vec<_>>());
        // The tag on a line of its own, the text below: a requirement.
        assert!(blocks_of(Language::Python, "# Requirement:\n# blink the LED\n")[0].is_requirement);
    }

    #[test]
    fn iot_tag_needs_a_word_boundary() {
        assert!(strip_tag("@iotx foo").is_none());
        assert_eq!(strip_tag("@iot: foo"), Some("foo"));
        assert_eq!(strip_tag("requirement: foo"), Some("foo"));
    }
}
