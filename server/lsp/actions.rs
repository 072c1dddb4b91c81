//! Code actions and code lenses: offered only where they apply, and cheap — they read the
//! cached outline of the document and never run the model. Each carries a command whose
//! arguments identify the anchor, so `workspace/executeCommand` can find it again even after
//! edits.

use ropey::Rope;
use serde::{Deserialize, Serialize};
use tower_lsp::lsp_types::{CodeAction, CodeActionKind, CodeActionOrCommand, CodeLens, Command, Range, Url};

use crate::document::{position, PositionEncoding, Snapshot};
use crate::syntax::{CommentBlock, Outline, Stub};

pub const DECOMPOSE: &str = "gpiot.decompose";
pub const IMPLEMENT_TASK: &str = "gpiot.implementTask";
pub const IMPLEMENT_ALL: &str = "gpiot.implementAll";
pub const GENERATE: &str = "gpiot.generate";
/// Only with GPIOT_LSP_DEBUG=1: panics inside a command (tests panic containment).
pub const DEBUG_PANIC: &str = "gpiot.debug.panic";

pub fn commands(debug: bool) -> Vec<String> {
    let mut v: Vec<String> = [DECOMPOSE, IMPLEMENT_TASK, IMPLEMENT_ALL, GENERATE].map(String::from).to_vec();
    if debug {
        v.push(DEBUG_PANIC.into());
    }
    v
}

/// Where a command applies, as of `version`. `comment` (a requirement's text) or `stub`
/// (a function name) let the command find the anchor again after edits; clients calling a
/// command by hand may give only `line` (or `range`).
#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Anchor {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub range: Option<Range>,
    #[serde(default)]
    pub line: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stub: Option<String>,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct CommandArgs {
    pub uri: Url,
    #[serde(default)]
    pub version: Option<i32>,
    #[serde(default)]
    pub anchor: Anchor,
}

fn comment_anchor(rope: &Rope, block: &CommentBlock, enc: PositionEncoding) -> Anchor {
    Anchor {
        range: Some(position::to_range(rope, block.bytes.clone(), enc)),
        line: block.first_line as u32,
        comment: Some(block.text.clone()),
        stub: None,
    }
}

fn stub_anchor(rope: &Rope, stub: &Stub, enc: PositionEncoding) -> Anchor {
    Anchor {
        range: Some(position::to_range(rope, stub.bytes.clone(), enc)),
        line: stub.line as u32,
        comment: None,
        stub: Some(stub.name.clone()),
    }
}

fn command(snap: &Snapshot, title: &str, name: &str, anchor: Anchor) -> Command {
    let args = CommandArgs { uri: snap.uri.clone(), version: Some(snap.version), anchor };
    Command {
        title: title.to_string(),
        command: name.to_string(),
        arguments: Some(vec![serde_json::to_value(args).expect("command args serialise")]),
    }
}

/// The commands that apply to `bytes` (the cursor or selection), in menu order.
pub fn commands_at(snap: &Snapshot, outline: &Outline, bytes: std::ops::Range<usize>, enc: PositionEncoding) -> Vec<Command> {
    let rope = &snap.text;
    let mut out = Vec::new();
    if let Some(block) = outline.comment_for_range(rope, bytes.clone()) {
        let anchor = comment_anchor(rope, block, enc);
        out.push(command(snap, "Decompose into tasks", DECOMPOSE, anchor.clone()));
        if outline.stubs_of(block).next().is_some() {
            out.push(command(snap, "Implement all tasks", IMPLEMENT_ALL, anchor.clone()));
        }
        out.push(command(snap, "Generate IoT pipeline", GENERATE, anchor));
        return out;
    }
    if let Some(stub) = outline.stub_at(bytes.start) {
        // A stub is implemented in the light of its requirement: without one, nothing applies.
        if let Some(req) = outline.requirement_above(stub.bytes.start) {
            out.push(command(snap, "Implement task", IMPLEMENT_TASK, stub_anchor(rope, stub, enc)));
            out.push(command(snap, "Implement all tasks", IMPLEMENT_ALL, comment_anchor(rope, req, enc)));
        }
    }
    out
}

pub fn code_actions(commands: Vec<Command>, literals: bool) -> Vec<CodeActionOrCommand> {
    commands
        .into_iter()
        .map(|c| {
            if literals {
                CodeActionOrCommand::CodeAction(CodeAction {
                    title: c.title.clone(),
                    kind: Some(CodeActionKind::REFACTOR_REWRITE),
                    command: Some(c),
                    ..CodeAction::default()
                })
            } else {
                CodeActionOrCommand::Command(c)
            }
        })
        .collect()
}

/// Lenses above each requirement comment (and "Implement task" above each stub).
pub fn code_lenses(snap: &Snapshot, outline: &Outline, enc: PositionEncoding) -> Vec<CodeLens> {
    let rope = &snap.text;
    let mut out = Vec::new();
    let line_range = |byte: usize| {
        let p = position::to_position(rope, byte, enc);
        Range::new(p, p)
    };
    for block in outline.requirements() {
        let range = line_range(block.bytes.start);
        let anchor = comment_anchor(rope, block, enc);
        let mut titles = vec![("Decompose into tasks", DECOMPOSE)];
        if outline.stubs_of(block).next().is_some() {
            titles.push(("Implement all tasks", IMPLEMENT_ALL));
        }
        titles.push(("Generate IoT pipeline", GENERATE));
        for (title, name) in titles {
            out.push(CodeLens { range, command: Some(command(snap, title, name, anchor.clone())), data: None });
        }
    }
    for stub in &outline.stubs {
        if outline.requirement_above(stub.bytes.start).is_some() {
            out.push(CodeLens {
                range: line_range(stub.bytes.start),
                command: Some(command(snap, "Implement task", IMPLEMENT_TASK, stub_anchor(rope, stub, enc))),
                data: None,
            });
        }
    }
    out
}
