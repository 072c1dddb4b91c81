//! A reference model of an LSP text document, written from the LSP specification and on
//! purpose independent of the server's ropey / tree-sitter code: a plain `String`, LSP
//! positions resolved by walking its characters.
//!
//! - Lines end at `\n`; a `\r` right before it is part of the line ending (CRLF), so a column
//!   can never point between the two. The tests never create a lone `\r`.
//! - Columns count UTF-8 bytes or UTF-16 code units (an astral-plane emoji is 4 bytes, or a
//!   surrogate pair = 2 units).
//! - A column past the end of a line means the end of that line (the spec's rule); a line past
//!   the end of the text means the end of the text (what editors do).
//! - Columns inside a character are not defined by the spec: the tests never send them.

use serde_json::{json, Value};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf16,
}

impl Encoding {
    pub fn units(self, c: char) -> usize {
        match self {
            Encoding::Utf8 => c.len_utf8(),
            Encoding::Utf16 => c.len_utf16(),
        }
    }
}

/// An LSP position (line, character in the encoding's units).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pos {
    pub line: u32,
    pub character: u32,
}

impl Pos {
    pub fn new(line: u32, character: u32) -> Pos {
        Pos { line, character }
    }

    pub fn json(self) -> Value {
        json!({"line": self.line, "character": self.character})
    }
}

/// `(start, content_end)` byte offsets of each line; `content_end` excludes `\n` / `\r\n`.
/// A text ending with `\n` has a last, empty line (as in every editor).
pub fn lines(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, _) in text.match_indices('\n') {
        let end = if text[..i].ends_with('\r') { i - 1 } else { i };
        out.push((start, end));
        start = i + 1;
    }
    out.push((start, text.len()));
    out
}

/// The byte offset `pos` denotes (clamped as described in the module doc).
pub fn offset(text: &str, pos: Pos, enc: Encoding) -> usize {
    let lines = lines(text);
    let Some(&(start, end)) = lines.get(pos.line as usize) else { return text.len() };
    let mut units = 0;
    for (i, c) in text[start..end].char_indices() {
        if units >= pos.character as usize {
            return start + i;
        }
        units += enc.units(c);
    }
    end
}

/// The LSP position of byte offset `byte` (a character boundary, not inside a CRLF).
pub fn position(text: &str, byte: usize, enc: Encoding) -> Pos {
    let before = &text[..byte];
    let line = before.matches('\n').count();
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let character: usize = before[line_start..].chars().map(|c| enc.units(c)).sum();
    Pos::new(line as u32, character as u32)
}

/// Every byte offset a position can denote: character boundaries except between `\r\n`.
pub fn boundaries(text: &str) -> Vec<usize> {
    let mut out: Vec<usize> = text
        .char_indices()
        .map(|(i, _)| i)
        .filter(|&i| !(i > 0 && text.as_bytes()[i - 1] == b'\r' && text.as_bytes()[i] == b'\n'))
        .collect();
    out.push(text.len());
    out
}

/// Applies one `TextDocumentContentChangeEvent` (`range` `None` replaces the whole text);
/// returns the byte range it replaced.
pub fn apply_change(text: &mut String, range: Option<(Pos, Pos)>, new_text: &str, enc: Encoding) -> std::ops::Range<usize> {
    let (a, b) = match range {
        None => (0, text.len()),
        Some((a, b)) => (offset(text, a, enc), offset(text, b, enc)),
    };
    text.replace_range(a..b, new_text);
    a..b
}

/// The change as LSP JSON.
pub fn change_json(range: Option<(Pos, Pos)>, new_text: &str) -> Value {
    match range {
        None => json!({"text": new_text}),
        Some((a, b)) => json!({"range": {"start": a.json(), "end": b.json()}, "text": new_text}),
    }
}

/// The model checks itself on the cases the spec spells out (run from the tests that use it).
pub fn self_check() {
    let text = "aé😀b\r\nxyz\n";
    let p = Pos::new;
    assert_eq!(offset(text, p(0, 4), Encoding::Utf16), 3 + 4);
    assert_eq!(offset(text, p(0, 7), Encoding::Utf8), 7);
    // Past the end of a CRLF line: before the `\r`.
    assert_eq!(offset(text, p(0, 99), Encoding::Utf16), 8);
    assert_eq!(offset(text, p(1, 3), Encoding::Utf8), 13);
    assert_eq!(offset(text, p(2, 0), Encoding::Utf8), text.len());
    assert_eq!(offset(text, p(7, 3), Encoding::Utf8), text.len());
    assert_eq!(position(text, 7, Encoding::Utf16), p(0, 4));
    assert_eq!(position(text, 10, Encoding::Utf8), p(1, 0));
    assert!(!boundaries(text).contains(&9), "never between \\r and \\n");
}
