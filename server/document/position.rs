//! LSP positions <-> byte offsets in a rope.
//!
//! LSP counts columns in UTF-16 code units unless the client and server agreed on UTF-8
//! (`general.positionEncodings`). Internally everything is a byte offset, because that is what
//! tree-sitter and ropey slicing want. Lines are split on `\n` only (ropey is built without
//! `unicode_lines`), which is what tree-sitter counts as a row; a `\r` before the `\n` is treated
//! as part of the line terminator when clamping columns.

use ropey::Rope;
use tower_lsp::lsp_types::{Position, PositionEncodingKind, Range};

/// The column unit negotiated with the client.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum PositionEncoding {
    Utf8,
    #[default]
    Utf16,
}

impl PositionEncoding {
    /// UTF-8 when the client offers it (cheaper: no transcoding), else the mandatory UTF-16.
    pub fn negotiate(offered: Option<&[PositionEncodingKind]>) -> Self {
        match offered {
            Some(kinds) if kinds.iter().any(|k| *k == PositionEncodingKind::UTF8) => Self::Utf8,
            _ => Self::Utf16,
        }
    }

    pub fn kind(self) -> PositionEncodingKind {
        match self {
            Self::Utf8 => PositionEncodingKind::UTF8,
            Self::Utf16 => PositionEncodingKind::UTF16,
        }
    }
}

/// Byte offset of the end of `line`'s content (before `\n` / `\r\n`).
fn line_content_end(rope: &Rope, line: usize) -> usize {
    let start = rope.line_to_byte(line);
    let slice = rope.line(line);
    let mut len = slice.len_bytes();
    if len > 0 && slice.byte(len - 1) == b'\n' {
        len -= 1;
        if len > 0 && slice.byte(len - 1) == b'\r' {
            len -= 1;
        }
    }
    start + len
}

/// Converts an LSP position to a byte offset. Out-of-range positions are clamped as the spec
/// asks: a line past the end means the end of the document, a column past the end of a line
/// means the end of that line; a column inside a multi-unit character rounds down.
pub fn to_byte(rope: &Rope, pos: Position, enc: PositionEncoding) -> usize {
    let line = pos.line as usize;
    if line >= rope.len_lines() {
        return rope.len_bytes();
    }
    let start = rope.line_to_byte(line);
    let end = line_content_end(rope, line);
    let col = pos.character as usize;
    match enc {
        PositionEncoding::Utf8 => {
            let byte = (start + col).min(end);
            // Round down to a char boundary.
            rope.char_to_byte(rope.byte_to_char(byte))
        }
        PositionEncoding::Utf16 => {
            let start_char = rope.byte_to_char(start);
            let end_char = rope.byte_to_char(end);
            let start_cu = rope.char_to_utf16_cu(start_char);
            let end_cu = rope.char_to_utf16_cu(end_char);
            let target = (start_cu + col).min(end_cu);
            // utf16_cu_to_char rounds down inside a surrogate pair.
            rope.char_to_byte(rope.utf16_cu_to_char(target))
        }
    }
}

/// Converts a byte offset (clamped to the document) to an LSP position.
pub fn to_position(rope: &Rope, byte: usize, enc: PositionEncoding) -> Position {
    let byte = byte.min(rope.len_bytes());
    let line = rope.byte_to_line(byte);
    let start = rope.line_to_byte(line);
    let character = match enc {
        PositionEncoding::Utf8 => byte - start,
        PositionEncoding::Utf16 => {
            rope.char_to_utf16_cu(rope.byte_to_char(byte)) - rope.char_to_utf16_cu(rope.byte_to_char(start))
        }
    };
    Position::new(line as u32, character as u32)
}

pub fn to_byte_range(rope: &Rope, range: Range, enc: PositionEncoding) -> std::ops::Range<usize> {
    let a = to_byte(rope, range.start, enc);
    let b = to_byte(rope, range.end, enc);
    a.min(b)..a.max(b)
}

pub fn to_range(rope: &Rope, bytes: std::ops::Range<usize>, enc: PositionEncoding) -> Range {
    Range::new(to_position(rope, bytes.start, enc), to_position(rope, bytes.end, enc))
}

/// tree-sitter's point for a byte offset: row and byte column.
pub fn to_point(rope: &Rope, byte: usize) -> tree_sitter::Point {
    let byte = byte.min(rope.len_bytes());
    let row = rope.byte_to_line(byte);
    tree_sitter::Point::new(row, byte - rope.line_to_byte(row))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_columns_count_surrogate_pairs() {
        // "é" is 2 bytes / 1 UTF-16 unit, "😀" is 4 bytes / 2 units.
        let rope = Rope::from_str("aé😀b\nxyz\n");
        let p = |l, c| Position::new(l, c);
        assert_eq!(to_byte(&rope, p(0, 0), PositionEncoding::Utf16), 0);
        assert_eq!(to_byte(&rope, p(0, 2), PositionEncoding::Utf16), 3);
        assert_eq!(to_byte(&rope, p(0, 4), PositionEncoding::Utf16), 7);
        // Inside the surrogate pair: rounds down.
        assert_eq!(to_byte(&rope, p(0, 3), PositionEncoding::Utf16), 3);
        assert_eq!(to_byte(&rope, p(0, 5), PositionEncoding::Utf16), 8);
        // Past the end of the line: clamped before the newline.
        assert_eq!(to_byte(&rope, p(0, 50), PositionEncoding::Utf16), 8);
        assert_eq!(to_byte(&rope, p(1, 1), PositionEncoding::Utf16), 10);
        assert_eq!(to_byte(&rope, p(9, 0), PositionEncoding::Utf16), rope.len_bytes());
        assert_eq!(to_position(&rope, 7, PositionEncoding::Utf16), p(0, 4));
        assert_eq!(to_position(&rope, 7, PositionEncoding::Utf8), p(0, 7));
    }

    #[test]
    fn utf8_columns_round_down_to_char_boundary() {
        let rope = Rope::from_str("aé\r\nb");
        assert_eq!(to_byte(&rope, Position::new(0, 2), PositionEncoding::Utf8), 1);
        assert_eq!(to_byte(&rope, Position::new(0, 9), PositionEncoding::Utf8), 3);
        assert_eq!(to_byte(&rope, Position::new(1, 1), PositionEncoding::Utf8), 6);
    }

    #[test]
    fn negotiation_prefers_utf8() {
        let offered = [PositionEncodingKind::UTF16, PositionEncodingKind::UTF8];
        assert_eq!(PositionEncoding::negotiate(Some(&offered)), PositionEncoding::Utf8);
        assert_eq!(PositionEncoding::negotiate(None), PositionEncoding::Utf16);
    }
}
