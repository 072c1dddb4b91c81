//! rust-analyzer-style fixtures: source text with a `$0` cursor (or `$0...$0` selection).

use serde_json::{json, Value};

/// Removes the `$0` markers; returns the text and the LSP range they mark (UTF-16 columns).
pub fn parse(fixture: &str) -> (String, Value) {
    let mut text = String::new();
    let mut marks = Vec::new();
    let mut rest = fixture;
    while let Some(i) = rest.find("$0") {
        text.push_str(&rest[..i]);
        marks.push(position(&text, text.len()));
        rest = &rest[i + 2..];
    }
    text.push_str(rest);
    let range = match marks.as_slice() {
        [p] => json!({"start": p, "end": p}),
        [a, b] => json!({"start": a, "end": b}),
        _ => panic!("fixture needs one or two $0 markers"),
    };
    (text, range)
}

/// LSP position (UTF-16) of byte offset `byte` in `text`.
pub fn position(text: &str, byte: usize) -> Value {
    let before = &text[..byte];
    let line = before.matches('\n').count();
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let character: usize = before[line_start..].chars().map(char::len_utf16).sum();
    json!({"line": line, "character": character})
}
