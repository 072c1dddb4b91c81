//! Document sync, property-tested: random incremental `didChange` edits — ASCII, CJK,
//! astral-plane emoji (UTF-16 surrogate pairs), CRLF and LF line endings, several changes per
//! notification, whole-text replacements, positions past the end of a line or of the text —
//! in both position encodings. After every edit sequence:
//!
//! 1. the server's text equals a reference model (`common::text_model`, written from the LSP
//!    spec, independent of ropey);
//! 2. the incrementally edited tree-sitter tree equals a fresh parse of that text — the same
//!    S-expression, and node by node the same kinds and byte / row-column ranges (a wrong
//!    `InputEdit` can leave the S-expression right and the ranges wrong) — whenever the text
//!    parses without errors. With syntax errors, tree-sitter itself does not promise that:
//!    its error recovery depends on the trees it reuses (reproduced with tree-sitter alone,
//!    edits computed on plain strings: after the C edit `}\n\nconst char *` → `}x\nconst char *`
//!    the incremental tree has `(ERROR (primitive_type))` where a fresh parse has
//!    `(ERROR (identifier))`; upstream: tree-sitter/tree-sitter#4001, #1645). Then the tree
//!    must still be consistent with the text: every node's rows and columns are those of its
//!    bytes, children lie inside their parents in order, the root spans what a fresh parse's
//!    root spans, and it reports errors.
//!
//! To reach error-free texts after edits that break them, half of the sequences are undone
//! at the end, change by change (as a user typing then fixing), and some edits insert a
//! harmless line (a comment with CJK and emoji, or a blank line, LF or CRLF).
//!
//! The bulk runs in process on `gpiot::document` (the ropey document and its incremental
//! tree); a smaller number of sequences go through the `gpiot lsp` binary over stdio, observed
//! with the debug request `gpiot/debugDocument` (enabled by GPIOT_LSP_DEBUG=1).
//!
//! Cases are bounded (`CASES`, `STDIO_CASES`; PROPTEST_CASES=<n> overrides both for a longer
//! hunt) so the file runs in seconds in release mode. Each run draws a new seed; a failure
//! prints the shrunk sequence and the seed (PROPTEST_RNG_SEED=<n> replays it).

mod common;

use std::cell::{Cell, RefCell};

use common::lsp_client::{LspClient, Options};
use common::text_model::{self, Encoding, Pos};
use gpiot::document::store::Document;
use gpiot::document::PositionEncoding;
use gpiot::language::Language;
use gpiot::syntax::Syntax;
use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::{RngSeed, TestCaseError, TestRunner};
use serde_json::json;
use tower_lsp::lsp_types::{Position, Range, TextDocumentContentChangeEvent};
use tree_sitter::{Node, Point, Tree};

/// In-process sequences per (language, encoding), each up to 24 notifications (+ the undo).
const CASES: u32 = 400;
/// Sequences sent through the binary, per encoding (one document each, all in one server).
const STDIO_CASES: u32 = 60;

// ----- what is generated -----

/// Programs to start from: valid code with non-ASCII comments and strings.
const PYTHON_SEED: &str = "import numpy as np\n\n# Requirement: 心拍数 😀 read PPG at 50 Hz\n# and report the heart rate.\ndef bandpass(samples, fs):\n    \"\"\"Band-pass 🎉 filter.\"\"\"\n    label = \"Größe 😀 — 心拍\"\n    return [s * 2 for s in samples]  # étape\n\n\nclass Sensor:\n    def read(self):\n        raise NotImplementedError(\"gpiot: task\")\n";
const C_SEED: &str = "#include <stdint.h>\n\n/* Requirement: 计数 rising edges 😀\n * in a buffer. */\nint count(const int32_t *raw, int n)\n{\n    int c = 0; // étape 🎉\n    for (int i = 1; i < n; i++)\n        c += raw[i] > raw[i - 1];\n    return c;\n}\n\nconst char *label = \"Größe 😀\";\n";

/// What the user types: code fragments of both languages, CJK, emoji, both line endings.
const TOKENS: &[&str] = &[
    "x", "y1", " ", "    ", "\t", "def f(a):", "return ", "1", "= ", "(", ")", ":", ",", "[", "]", "{", "}", ";", "#", "# ",
    "\"", "'", "\"\"\"", "//", "/*", "*/", "int ", "if x:", "for i in r:", "#include <x.h>", "import os", "心拍", "数", "😀", "🎉",
    "é", "Größe", "—", "\n", "\n", "\r\n", "\r\n",
];

/// Lines that keep a program valid wherever a line starts (outside C block comments).
const PYTHON_LINES: &[&str] = &["# 😀 note", "", "#心拍 🎉 Größe", "    # 🎉"];
const C_LINES: &[&str] = &["// 😀 note", "", "/* 心拍 🎉 Größe */", "    // 🎉"];

fn typed_text(max_tokens: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(TOKENS), 0..max_tokens).prop_map(|t| t.concat())
}

/// How the end of a range is written: exactly, or by the spec's clamping rules.
#[derive(Clone, Debug)]
enum End {
    Exact,
    /// A column far past the end of the end line: means the end of that line.
    PastLineEnd,
    /// A line past the last one: means the end of the text.
    PastTextEnd,
}

/// One change, resolved against the text it applies to.
#[derive(Clone, Debug)]
enum Change {
    /// `start` picks a position, `span` how many positions further the range ends.
    Range { start: Index, span: usize, end: End, text: String },
    /// A harmless line inserted at the start of line `at`.
    Line { at: Index, line: &'static str, crlf: bool },
    /// The whole text replaced (a change without a range).
    Full(String),
}

#[derive(Clone, Debug)]
struct Notification {
    changes: Vec<Change>,
    /// Read the tree after this notification (forces the deferred reparse), so both single
    /// and coalesced edits reach the incremental parser.
    observe: bool,
}

#[derive(Clone, Debug)]
struct Session {
    initial: String,
    notifications: Vec<Notification>,
    /// Then undo every change, last first, one notification each.
    undo: bool,
}

fn change(lines: &'static [&'static str]) -> impl Strategy<Value = Change> {
    let span = prop_oneof![6 => 0usize..4, 3 => 4usize..40, 1 => 40usize..400];
    let end = prop_oneof![12 => Just(End::Exact), 2 => Just(End::PastLineEnd), 1 => Just(End::PastTextEnd)];
    prop_oneof![
        30 => (any::<Index>(), span, end, typed_text(8)).prop_map(|(start, span, end, text)| Change::Range { start, span, end, text }),
        10 => (any::<Index>(), prop::sample::select(lines), any::<bool>()).prop_map(|(at, line, crlf)| Change::Line { at, line, crlf }),
        1 => typed_text(40).prop_map(Change::Full),
    ]
}

/// LF, CRLF or a mix of both, line by line.
fn with_line_endings(text: &str, style: u8) -> String {
    text.split_inclusive('\n')
        .enumerate()
        .map(|(i, line)| match (style, line.strip_suffix('\n')) {
            (1, Some(l)) => format!("{l}\r\n"),
            (2, Some(l)) if i % 2 == 1 => format!("{l}\r\n"),
            _ => line.to_string(),
        })
        .collect()
}

fn session(lang: Language) -> impl Strategy<Value = Session> {
    let (seed, lines) = match lang {
        Language::Python => (PYTHON_SEED, PYTHON_LINES),
        Language::C => (C_SEED, C_LINES),
    };
    let initial = prop_oneof![
        4 => (0u8..3).prop_map(move |style| with_line_endings(seed, style)),
        1 => typed_text(60),
    ];
    let notification = (prop::collection::vec(change(lines), 1..4), prop::bool::weighted(0.3))
        .prop_map(|(changes, observe)| Notification { changes, observe });
    (initial, prop::collection::vec(notification, 1..24), any::<bool>())
        .prop_map(|(initial, notifications, undo)| Session { initial, notifications, undo })
}

/// The change's range in LSP terms on `text` (`None`: the whole text), and its new text.
fn resolve(text: &str, change: &Change, enc: Encoding) -> (Option<(Pos, Pos)>, String) {
    match change {
        Change::Full(t) => (None, t.clone()),
        Change::Line { at, line, crlf } => {
            let row = at.index(text_model::lines(text).len()) as u32;
            let eol = if *crlf { "\r\n" } else { "\n" };
            (Some((Pos::new(row, 0), Pos::new(row, 0))), format!("{line}{eol}"))
        }
        Change::Range { start, span, end, text: new } => {
            let bounds = text_model::boundaries(text);
            let i = start.index(bounds.len());
            let j = (i + span).min(bounds.len() - 1);
            let a = text_model::position(text, bounds[i], enc);
            let b = text_model::position(text, bounds[j], enc);
            let b = match end {
                End::Exact => b,
                End::PastLineEnd => Pos::new(b.line, b.character + 10_000),
                End::PastTextEnd => Pos::new(text_model::lines(text).len() as u32 + 3, 7),
            };
            (Some((a, b)), new.clone())
        }
    }
}

/// Plays a session on the model, handing each notification's LSP changes to `send`
/// (`observe` tells whether to check the tree afterwards).
fn play_on_model(
    session: &Session,
    enc: Encoding,
    mut send: impl FnMut(usize, &str, Vec<(Option<(Pos, Pos)>, String)>, bool) -> Result<(), TestCaseError>,
) -> Result<String, TestCaseError> {
    let mut model = session.initial.clone();
    // What each change replaced: (start byte, length of the new text, the old text).
    let mut undo_log: Vec<(usize, usize, String)> = Vec::new();
    let mut k = 0;
    for n in &session.notifications {
        let mut changes = Vec::new();
        // Each change of a notification applies to the text left by the previous one.
        for c in &n.changes {
            let (range, text) = resolve(&model, c, enc);
            let before = model.clone();
            let replaced = text_model::apply_change(&mut model, range, &text, enc);
            undo_log.push((replaced.start, text.len(), before[replaced].to_string()));
            changes.push((range, text));
        }
        send(k, &model, changes, n.observe)?;
        k += 1;
    }
    if session.undo {
        while let Some((start, len, old)) = undo_log.pop() {
            let range = (text_model::position(&model, start, enc), text_model::position(&model, start + len, enc));
            text_model::apply_change(&mut model, Some(range), &old, enc);
            send(k, &model, vec![(Some(range), old)], k % 4 == 0)?;
            k += 1;
        }
        prop_assert_eq!(&model, &session.initial, "the model undoes to the initial text");
    }
    Ok(model)
}

// ----- the checks -----

fn fresh_tree(lang: Language, text: &str) -> Tree {
    Syntax::new(lang, &ropey::Rope::from_str(text)).expect("fresh parse").tree
}

/// tree-sitter's point (row, byte column) of every byte offset, from the model text.
fn point(text: &str, byte: usize) -> Point {
    let before = &text[..byte];
    Point::new(before.matches('\n').count(), byte - before.rfind('\n').map_or(0, |i| i + 1))
}

fn describe(n: Node) -> (&'static str, std::ops::Range<usize>, Point, Point, bool) {
    (n.kind(), n.byte_range(), n.start_position(), n.end_position(), n.is_missing())
}

/// Every node's rows and columns are those of its bytes in `text`; children lie inside their
/// parent, in order.
fn consistent_with_text(node: Node, text: &str) -> Result<(), String> {
    let (a, b) = (node.start_byte(), node.end_byte());
    if a > b || b > text.len() || !text.is_char_boundary(a) || !text.is_char_boundary(b) {
        return Err(format!("{:?} is not a range of the text", describe(node)));
    }
    if node.start_position() != point(text, a) || node.end_position() != point(text, b) {
        return Err(format!("{:?}: rows/columns are not those of its bytes ({:?}, {:?})", describe(node), point(text, a), point(text, b)));
    }
    let mut cursor = node.walk();
    let mut last_end = a;
    for child in node.children(&mut cursor) {
        if child.start_byte() < last_end || child.end_byte() > b {
            return Err(format!("{:?} is out of place under {:?}", describe(child), describe(node)));
        }
        last_end = child.end_byte();
        consistent_with_text(child, text)?;
    }
    Ok(())
}

/// Same shape, kinds and ranges, in pre-order (anonymous nodes included).
fn same_nodes(x: Node, y: Node) -> Result<(), String> {
    if describe(x) != describe(y) {
        return Err(format!("nodes differ: incremental {:?}, fresh {:?}", describe(x), describe(y)));
    }
    if x.child_count() != y.child_count() {
        return Err(format!("{:?} has {} children, fresh {}", describe(x), x.child_count(), y.child_count()));
    }
    let (mut cx, mut cy) = (x.walk(), y.walk());
    for (a, b) in x.children(&mut cx).zip(y.children(&mut cy)) {
        same_nodes(a, b)?;
    }
    Ok(())
}

/// Whether the text parsed without errors (then the incremental tree was compared exactly).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Compared {
    Exactly,
    WithErrors,
}

/// Checks an incrementally edited tree against `text` (see the module doc).
fn check_tree(incremental: &Tree, lang: Language, text: &str) -> Result<Compared, String> {
    let fresh = fresh_tree(lang, text);
    let (inc, new) = (incremental.root_node(), fresh.root_node());
    consistent_with_text(inc, text)?;
    if !new.has_error() {
        let (a, b) = (inc.to_sexp(), new.to_sexp());
        if a != b {
            return Err(format!("S-expressions differ:\nincremental: {a}\nfresh:       {b}"));
        }
        same_nodes(inc, new)?;
        return Ok(Compared::Exactly);
    }
    if inc.byte_range() != new.byte_range() || !inc.has_error() {
        return Err(format!("with errors, the root {:?} (has_error {}) vs fresh {:?}", describe(inc), inc.has_error(), describe(new)));
    }
    Ok(Compared::WithErrors)
}

fn lsp_change((range, text): (Option<(Pos, Pos)>, String)) -> TextDocumentContentChangeEvent {
    let p = |p: Pos| Position::new(p.line, p.character);
    TextDocumentContentChangeEvent { range: range.map(|(a, b)| Range::new(p(a), p(b))), range_length: None, text }
}

fn check_document(doc: &mut Document, lang: Language, model: &str, when: &str) -> Result<Compared, TestCaseError> {
    prop_assert_eq!(doc.text.to_string(), model, "text differs from the model {}", when);
    let tree = doc.syntax().expect("a tree").tree.clone();
    check_tree(&tree, lang, model).map_err(|e| TestCaseError::fail(format!("{when}: the tree of {model:?}\n{e}")))
}

/// A runner for `cases` sequences (unless PROPTEST_CASES asks for another number), seeded
/// from PROPTEST_RNG_SEED or the clock; returns the seed, which a failure prints.
fn runner(cases: u32) -> (TestRunner, u64) {
    let env = |name: &str| std::env::var(name).ok().and_then(|v| v.parse::<u64>().ok());
    let cases = env("PROPTEST_CASES").map_or(cases, |n| n as u32);
    let seed = env("PROPTEST_RNG_SEED")
        .unwrap_or_else(|| std::time::SystemTime::UNIX_EPOCH.elapsed().map_or(0, |d| d.as_nanos() as u64));
    // No regression files: a failure prints the shrunk case, which becomes a named test.
    let config = ProptestConfig { cases, failure_persistence: None, rng_seed: RngSeed::Fixed(seed), ..ProptestConfig::default() };
    (TestRunner::new(config), seed)
}

/// Runs `CASES` sessions on in-process documents; prints how many ended on error-free text.
fn in_process(lang: Language, enc: Encoding) {
    let server_enc = match enc {
        Encoding::Utf8 => PositionEncoding::Utf8,
        Encoding::Utf16 => PositionEncoding::Utf16,
    };
    let (exact, total) = (Cell::new(0), Cell::new(0));
    let (mut runner, seed) = runner(CASES);
    let result = runner.run(&session(lang), |session| {
        let doc = RefCell::new(Document::new(lang.name(), 1, &session.initial));
        let model = play_on_model(&session, enc, |k, model, changes, observe| {
            let mut doc = doc.borrow_mut();
            doc.apply(k as i32 + 2, changes.into_iter().map(lsp_change).collect(), server_enc);
            if observe {
                check_document(&mut doc, lang, model, &format!("after notification {k}"))?;
            }
            Ok(())
        })?;
        let compared = check_document(&mut doc.borrow_mut(), lang, &model, "at the end")?;
        total.set(total.get() + 1);
        exact.set(exact.get() + (compared == Compared::Exactly) as u32);
        Ok(())
    });
    if let Err(e) = result {
        panic!("{e}\nreplay: PROPTEST_RNG_SEED={seed}");
    }
    println!("{lang} {enc:?}: {} sequences, {} ended on error-free text (compared exactly)", total.get(), exact.get());
    // Guards the generator: the exact comparison must keep being exercised.
    assert!(exact.get() * 4 >= total.get(), "too few error-free endings: {} of {}", exact.get(), total.get());
}

#[test]
fn the_reference_model_follows_the_spec() {
    text_model::self_check();
}

#[test]
fn python_utf16_edits_keep_text_and_tree_in_sync() {
    in_process(Language::Python, Encoding::Utf16);
}

#[test]
fn python_utf8_edits_keep_text_and_tree_in_sync() {
    in_process(Language::Python, Encoding::Utf8);
}

#[test]
fn c_utf16_edits_keep_text_and_tree_in_sync() {
    in_process(Language::C, Encoding::Utf16);
}

#[test]
fn c_utf8_edits_keep_text_and_tree_in_sync() {
    in_process(Language::C, Encoding::Utf8);
}

// ----- the same, through the binary -----

/// Plays sessions in one server, one document each, observed with `gpiot/debugDocument`
/// after the last notification: the text exactly; the tree by S-expression when the text
/// parses without errors, else it must report errors too.
fn over_stdio(enc: Encoding) {
    let client = LspClient::start(Options {
        utf8: enc == Encoding::Utf8,
        env: vec![("GPIOT_LSP_DEBUG".into(), "1".into())],
        ..Options::default()
    });
    assert_eq!(client.utf8, enc == Encoding::Utf8, "negotiated encoding");
    // The runner wants a `Fn`: the client and the counters are shared cells.
    let client = RefCell::new(client);
    let n = Cell::new(0);
    let exact = Cell::new(0);
    let (mut runner, seed) = runner(STDIO_CASES);
    let result = runner.run(&(any::<bool>(), session(Language::Python), session(Language::C)), |(python, py, c)| {
        let client = &mut *client.borrow_mut();
        n.set(n.get() + 1);
        let (lang, session) = if python { (Language::Python, py) } else { (Language::C, c) };
        let uri = format!("file:///sync/{}.{}", n.get(), lang.extension());
        client.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri, "languageId": lang.name(), "version": 1, "text": session.initial}}),
        );
        let mut version = 1;
        let model = play_on_model(&session, enc, |k, _, changes, _| {
            version = k + 2;
            let changes: Vec<_> = changes.into_iter().map(|(range, text)| text_model::change_json(range, &text)).collect();
            client.notify("textDocument/didChange", json!({"textDocument": {"uri": uri, "version": version}, "contentChanges": changes}));
            Ok(())
        })?;
        let r = client.request("gpiot/debugDocument", json!({"uri": uri}));
        client.notify("textDocument/didClose", json!({"textDocument": {"uri": uri}}));
        let doc = &r["result"];
        prop_assert_eq!(doc["text"].as_str(), Some(model.as_str()), "server text vs model; response {}", r);
        prop_assert_eq!(doc["version"].as_u64(), Some(version as u64));
        let ours = doc["tree"].as_str().unwrap_or_default();
        let fresh = fresh_tree(lang, &model);
        let fresh = fresh.root_node();
        if fresh.has_error() {
            prop_assert!(ours.contains("(ERROR") || ours.contains("(MISSING"), "no error reported for {:?}: {}", model, ours);
        } else {
            prop_assert_eq!(ours, fresh.to_sexp(), "server's incremental tree vs a fresh parse of {:?}", model);
            exact.set(exact.get() + 1);
        }
        Ok(())
    });
    if let Err(e) = result {
        panic!("{e}\nreplay: PROPTEST_RNG_SEED={seed}");
    }
    println!("over stdio, {enc:?}: {} sequences, {} ended on error-free text", n.get(), exact.get());
    let mut client = client.into_inner();
    assert!(client.alive());
    client.shutdown();
}

#[test]
fn over_stdio_utf16() {
    over_stdio(Encoding::Utf16);
}

#[test]
fn over_stdio_utf8() {
    over_stdio(Encoding::Utf8);
}
