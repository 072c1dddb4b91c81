//! `workspace/executeCommand`: the only place the model runs.
//!
//! A command resolves its anchor in the current document, runs the pipeline with progress and
//! cancellation, then re-finds the anchor in whatever version the document has reached and
//! sends a versioned edit there. If the anchor is gone, the user is told and nothing changes.

use std::sync::Arc;
use std::time::Duration;

use serde::Serialize;
use tokio_util::sync::CancellationToken;
use tower_lsp::lsp_types::{MessageType, ProgressToken, Url};

use super::actions::{Anchor, CommandArgs, DEBUG_PANIC, DECOMPOSE, GENERATE, IMPLEMENT_ALL, IMPLEMENT_TASK};
use super::edits::{self, Replacement};
use super::progress::{Progress, Reporter};
use super::session::Session;
use crate::document::{position, Snapshot, MAX_PARSED_BYTES};
use crate::language::Language;
use crate::pipeline::{Edit, FileContext, Pipeline, PipelineError, Requirement, Run, Stats, Step, Usage};
use crate::syntax::{import_section, insertion_below, signatures, CommentBlock, Outline, Stub, StubKind};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Status {
    Applied,
    Cancelled,
    /// The anchor disappeared (edited or deleted) before the result could be placed.
    AnchorLost,
    /// The client refused the edit.
    Rejected,
    Failed,
    NothingToDo,
}

/// The command's result (also the `executeCommand` response, which tests and scripts read).
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Outcome {
    pub status: Status,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub implemented: Vec<String>,
    /// Engine work of the command (calls, prompt and generated tokens), for benchmarks and
    /// logs; absent when the engine never ran.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub usage: Option<Stats>,
}

impl Outcome {
    fn new(status: Status, message: impl Into<Option<String>>) -> Outcome {
        Outcome { status, message: message.into(), implemented: Vec::new(), usage: None }
    }
}

fn title(command: &str) -> &'static str {
    match command {
        DECOMPOSE => "GPIoT: Decompose into tasks",
        IMPLEMENT_TASK => "GPIoT: Implement task",
        IMPLEMENT_ALL => "GPIoT: Implement all tasks",
        GENERATE => "GPIoT: Generate IoT pipeline",
        _ => "GPIoT",
    }
}

/// Runs one command to the end. Cancellation (`$/cancelRequest` via the caller's drop guard,
/// or `window/workDoneProgress/cancel`) arrives through `cancel` and reaches the engine.
pub async fn execute(
    session: Arc<Session>,
    command: String,
    args: CommandArgs,
    work_done_token: Option<ProgressToken>,
    cancel: CancellationToken,
) -> Outcome {
    if command == DEBUG_PANIC && session.debug_commands {
        panic!("gpiot.debug.panic requested");
    }
    // These early outcomes are shown too (`tell`): editors do not display a command's result,
    // so without the message a file closed just before the command ran failed silently.
    let Some(snap) = session.docs.snapshot(&args.uri) else {
        return tell(&session, Outcome::new(Status::Failed, format!("GPIoT: {} is not open in the editor", args.uri))).await;
    };
    let Some(lang) = Language::from_language_id(&snap.language_id).filter(|l| session.settings().enabled(*l)) else {
        return tell(&session, Outcome::new(Status::NothingToDo, format!("GPIoT does not handle `{}` files", snap.language_id))).await;
    };
    let caps = session.caps();
    let progress =
        Progress::begin(&session.client, &session.progress, caps.work_done_progress, work_done_token, title(&command), &cancel).await;
    let ctx = Ctx {
        session: session.clone(),
        uri: args.uri.clone(),
        lang,
        cancel: cancel.clone(),
        reporter: progress.reporter(),
        usage: Arc::default(),
    };
    let mut outcome = match command.as_str() {
        DECOMPOSE | GENERATE => ctx.for_requirement(&command, &args.anchor).await,
        IMPLEMENT_TASK => ctx.implement_task(&args.anchor).await,
        IMPLEMENT_ALL => ctx.implement_all(&args.anchor).await,
        other => Outcome::new(Status::Failed, format!("GPIoT: unknown command `{other}`")),
    };
    let usage = ctx.usage.totals();
    if usage.engine_calls > 0 {
        tracing::info!(command, calls = usage.engine_calls, prompt_tokens = usage.prompt_tokens, generated_tokens = usage.generated_tokens, "command finished");
        outcome.usage = Some(usage);
    }
    let end = match outcome.status {
        Status::Applied => outcome.message.as_deref().unwrap_or("done"),
        Status::Cancelled => "cancelled",
        _ => "stopped",
    };
    progress.end(end).await;
    tell(&session, outcome).await
}

/// Shows the outcome's message to the user (not for a cancellation: they asked for it), and
/// returns the outcome.
async fn tell(session: &Session, outcome: Outcome) -> Outcome {
    if let Some(message) = &outcome.message {
        let typ = match outcome.status {
            Status::Failed | Status::Rejected => MessageType::ERROR,
            Status::AnchorLost => MessageType::WARNING,
            _ => MessageType::INFO,
        };
        if outcome.status != Status::Cancelled {
            session.show(typ, message).await;
        }
    }
    outcome
}

struct Ctx {
    session: Arc<Session>,
    uri: Url,
    lang: Language,
    cancel: CancellationToken,
    reporter: Reporter,
    /// Shared by every run of the command.
    usage: Arc<Usage>,
}

/// Why an anchor could not be used.
struct Lost(String);

fn percent(done: u32, total: u32) -> u32 {
    if total == 0 {
        0
    } else {
        (done.min(total) * 100 / total).min(100)
    }
}

impl Ctx {
    fn current(&self) -> Result<(Snapshot, Arc<Outline>), Outcome> {
        self.session.docs.outline(&self.uri).ok_or_else(|| match self.session.docs.snapshot(&self.uri) {
            // Open but without a tree: over the size limit.
            Some(snap) => Outcome::new(
                Status::Failed,
                format!(
                    "GPIoT: {} is too large to analyse ({:.1} MB, the limit is {} MB); nothing was changed",
                    self.uri,
                    snap.text.len_bytes() as f64 / 1e6,
                    MAX_PARSED_BYTES >> 20
                ),
            ),
            None => Outcome::new(Status::AnchorLost, "GPIoT: the document was closed; nothing was changed".to_string()),
        })
    }

    /// Finds the requirement block for `anchor` in the current version.
    fn find_requirement<'o>(&self, snap: &Snapshot, outline: &'o Outline, anchor: &Anchor) -> Option<&'o CommentBlock> {
        if let Some(text) = &anchor.comment {
            return outline.find_comment(text, anchor.line as usize);
        }
        let enc = self.session.caps().encoding;
        let bytes = match anchor.range {
            Some(r) => position::to_byte_range(&snap.text, r, enc),
            None => {
                let b = position::to_byte(&snap.text, tower_lsp::lsp_types::Position::new(anchor.line, 0), enc);
                b..b
            }
        };
        outline.comment_for_range(&snap.text, bytes)
    }

    fn find_stub<'o>(&self, snap: &Snapshot, outline: &'o Outline, anchor: &Anchor) -> Option<&'o Stub> {
        if let Some(name) = &anchor.stub {
            return outline.find_stub(name, anchor.line as usize);
        }
        let line = anchor.range.map_or(anchor.line, |r| r.start.line) as usize;
        let byte = snap.text.line_to_byte(line.min(snap.text.len_lines().saturating_sub(1)));
        outline.stubs.iter().find(|s| s.line == line).or_else(|| outline.stub_at(byte))
    }

    fn requirement(&self, snap: &Snapshot, text: &str) -> Requirement {
        let (imports, functions) = match &snap.syntax {
            Some(syntax) => (import_section(syntax, &snap.text).existing, signatures(syntax, &snap.text)),
            None => (Vec::new(), Vec::new()),
        };
        Requirement { text: text.to_string(), language: self.lang, context: FileContext { imports, functions } }
    }

    async fn pipeline(&self) -> Result<Pipeline, Outcome> {
        let settings = self.session.settings();
        let model = settings.model_settings();
        if self.session.generator.needs_load(&model).await {
            self.reporter.report("loading the model", 0);
        }
        tokio::select! {
            p = self.session.generator.pipeline(&model, settings.pipeline_options()) => p.map_err(|e| Outcome::new(Status::Failed, format!("GPIoT: {e}"))),
            _ = self.cancel.cancelled() => Err(Outcome::new(Status::Cancelled, None)),
        }
    }

    /// A `Run` whose steps are reported scaled into `[from, to)` percent, with `label`
    /// (when given) as the message instead of the pipeline's.
    fn run(&self, from: u32, to: u32, label: Option<String>) -> Run {
        let reporter = self.reporter.clone();
        let progress = Arc::new(move |s: Step| {
            let pct = from + (to - from) * percent(s.done, s.total) / 100;
            reporter.report(label.clone().unwrap_or(s.message), pct);
        });
        Run { cancel: self.cancel.clone(), progress: Some(progress), on_token: None, usage: self.usage.clone() }
    }

    fn failed(e: PipelineError) -> Outcome {
        if e.is_cancelled() {
            Outcome::new(Status::Cancelled, None)
        } else {
            // Said explicitly: a failure mid-stream could otherwise look like a half-written edit.
            Outcome::new(Status::Failed, format!("GPIoT: {e} (no code was inserted for it; run the action again to retry)"))
        }
    }

    /// Decompose / Generate: the pipeline on the requirement, the result inserted below it.
    async fn for_requirement(&self, command: &str, anchor: &Anchor) -> Outcome {
        let (snap, outline) = match self.current() {
            Ok(x) => x,
            Err(o) => return o,
        };
        let Some(block) = self.find_requirement(&snap, &outline, anchor) else {
            return Outcome::new(Status::AnchorLost, "GPIoT: no requirement comment here (it may have been edited); nothing was changed".to_string());
        };
        let (text, line) = (block.text.clone(), block.first_line);
        let req = self.requirement(&snap, &text);
        let pipeline = match self.pipeline().await {
            Ok(p) => p,
            Err(o) => return o,
        };
        let run = self.run(5, 95, None);
        let result = if command == DECOMPOSE {
            pipeline.decompose(&req, &run).await.map(|e| (e, None))
        } else {
            pipeline.generate_detailed(&req, &run).await.map(|g| (g.edit, g.verification.and_then(|v| v.summary())))
        };
        let (edit, checked) = match result {
            Ok(e) => e,
            Err(e) => return Self::failed(e),
        };
        self.reporter.report("inserting", 95);
        let outcome = self.apply(|snap, outline| {
            let block = outline
                .find_comment(&text, line)
                .ok_or_else(|| Lost("GPIoT: the requirement comment was changed or removed while generating; nothing was inserted".into()))?;
            let ins = insertion_below(&snap.text, block);
            Ok(self.with_imports(snap, &edit, edits::insert_below(&ins, self.lang, &edit.code)))
        })
        .await;
        // How the code did on the requirement's own examples: shown with the result.
        match (checked, outcome.status) {
            (Some(summary), Status::Applied) => Outcome { message: Some(format!("GPIoT: {summary}")), ..outcome },
            _ => outcome,
        }
    }

    fn with_imports(&self, snap: &Snapshot, edit: &Edit, code: Replacement) -> Vec<Replacement> {
        let mut reps = vec![code];
        if let Some(syntax) = &snap.syntax {
            reps.extend(edits::merge_imports(&snap.text, &import_section(syntax, &snap.text), &edit.imports));
        }
        reps
    }

    /// Implements one stub; `stub_name`/`line` locate it, `requirement` is its requirement.
    async fn implement_one(&self, pipeline: &Pipeline, name: &str, line: usize, run: Run) -> Outcome {
        let (snap, outline) = match self.current() {
            Ok(x) => x,
            Err(o) => return o,
        };
        let lost = || Outcome::new(Status::AnchorLost, format!("GPIoT: `{name}` is no longer a task stub; nothing was replaced"));
        let Some(stub) = outline.find_stub(name, line) else { return lost() };
        let Some(req_block) = outline.requirement_above(stub.bytes.start) else {
            return Outcome::new(Status::NothingToDo, format!("GPIoT: `{name}` has no requirement comment above it"));
        };
        let source = snap.text.byte_slice(stub.bytes.clone()).to_string();
        let line = stub.line;
        let req = self.requirement(&snap, &req_block.text);
        let edit = match pipeline.implement_stub(&req, &source, &run).await {
            Ok(e) => e,
            Err(e) => return Self::failed(e),
        };
        let name = name.to_string();
        self.apply(|snap, outline| {
            let stub = outline
                .find_stub(&name, line)
                // The user's own edits to the stub win: replace it only if it is unchanged.
                .filter(|s| snap.text.byte_slice(s.bytes.clone()) == source.as_str())
                .ok_or_else(|| Lost(format!("GPIoT: `{name}` was changed or removed while it was being implemented; nothing was replaced")))?;
            Ok(self.with_imports(snap, &edit, edits::replace_stub(stub, &edit.code)))
        })
        .await
    }

    async fn implement_task(&self, anchor: &Anchor) -> Outcome {
        let (snap, outline) = match self.current() {
            Ok(x) => x,
            Err(o) => return o,
        };
        let Some(stub) = self.find_stub(&snap, &outline, anchor) else {
            return Outcome::new(Status::AnchorLost, "GPIoT: no task stub here (it may have been edited); nothing was changed".to_string());
        };
        let (name, line) = (stub.name.clone(), stub.line);
        let pipeline = match self.pipeline().await {
            Ok(p) => p,
            Err(o) => return o,
        };
        let run = self.run(5, 95, Some(format!("implementing {name}")));
        let mut outcome = self.implement_one(&pipeline, &name, line, run).await;
        if outcome.status == Status::Applied {
            outcome.implemented.push(name);
        }
        outcome
    }

    /// All stubs of a requirement: tasks in file order, then the entry stubs (they call the
    /// tasks). Each result is applied as soon as it is ready.
    async fn implement_all(&self, anchor: &Anchor) -> Outcome {
        let (snap, outline) = match self.current() {
            Ok(x) => x,
            Err(o) => return o,
        };
        let block = match (&anchor.stub, self.find_requirement(&snap, &outline, anchor)) {
            (_, Some(b)) => Some(b),
            (Some(_), None) => self.find_stub(&snap, &outline, anchor).and_then(|s| outline.requirement_above(s.bytes.start)),
            _ => None,
        };
        let Some(block) = block else {
            return Outcome::new(Status::AnchorLost, "GPIoT: no requirement comment here (it may have been edited); nothing was changed".to_string());
        };
        let mut stubs: Vec<&Stub> = outline.stubs_of(block).collect();
        stubs.sort_by_key(|s| (s.kind == StubKind::Entry, s.bytes.start));
        let todo: Vec<(String, usize)> = stubs.iter().map(|s| (s.name.clone(), s.line)).collect();
        if todo.is_empty() {
            return Outcome::new(Status::NothingToDo, "GPIoT: this requirement has no task stubs; run Decompose into tasks first".to_string());
        }
        let pipeline = match self.pipeline().await {
            Ok(p) => p,
            Err(o) => return o,
        };
        let n = todo.len() as u32;
        let mut implemented = Vec::new();
        let mut problems = Vec::new();
        for (i, (name, line)) in todo.iter().enumerate() {
            if self.cancel.is_cancelled() {
                return Outcome { status: Status::Cancelled, message: None, implemented, usage: None };
            }
            let i = i as u32;
            let label = format!("implementing {}/{n}: {name}", i + 1);
            self.reporter.report(label.clone(), 5 + 90 * i / n);
            let run = self.run(5 + 90 * i / n, 5 + 90 * (i + 1) / n, Some(label));
            let outcome = self.implement_one(&pipeline, name, *line, run).await;
            match outcome.status {
                Status::Applied => implemented.push(name.clone()),
                Status::Cancelled => return Outcome { status: Status::Cancelled, message: None, implemented, usage: None },
                // A stub the user removed or implemented meanwhile is skipped, not fatal.
                Status::AnchorLost | Status::NothingToDo => problems.push(name.clone()),
                _ => return Outcome { implemented, ..outcome },
            }
        }
        let message = (!problems.is_empty()).then(|| format!("GPIoT: skipped {} (changed or removed meanwhile)", problems.join(", ")));
        let status = if implemented.is_empty() { Status::AnchorLost } else { Status::Applied };
        Outcome { status, message, implemented, usage: None }
    }

    /// Sends the edit computed by `locate` on the latest version. If the client refuses it
    /// because the document moved on, locates again on the newer version (a few times).
    async fn apply(&self, locate: impl Fn(&Snapshot, &Outline) -> Result<Vec<Replacement>, Lost>) -> Outcome {
        let caps = self.session.caps();
        for _ in 0..4 {
            if self.cancel.is_cancelled() {
                return Outcome::new(Status::Cancelled, None);
            }
            let (snap, outline) = match self.current() {
                Ok(x) => x,
                Err(o) => return o,
            };
            let reps = match locate(&snap, &outline) {
                Ok(r) => r,
                Err(Lost(message)) => return Outcome::new(Status::AnchorLost, message),
            };
            let text_edits = edits::text_edits(&snap.text, reps, caps.encoding);
            let edit = edits::workspace_edit(&self.uri, snap.version, text_edits, caps.document_changes);
            let response = match self.session.client.apply_edit(edit).await {
                Ok(r) => r,
                Err(e) => return Outcome::new(Status::Failed, format!("GPIoT: the editor did not apply the edit: {e}")),
            };
            if response.applied {
                // Wait for the didChange that carries our edit, so a following edit (Implement
                // all) is computed on text that includes this one.
                self.session.docs.wait_for_change(&self.uri, snap.version, Duration::from_secs(2)).await;
                return Outcome::new(Status::Applied, None);
            }
            // Refused: if the user typed meanwhile, our version was stale. Try again on the
            // new text once it arrives.
            let now = self.session.docs.wait_for_change(&self.uri, snap.version, Duration::from_millis(500)).await;
            if now == Some(snap.version) || now.is_none() {
                let reason = response.failure_reason.unwrap_or_else(|| "no reason given".into());
                return Outcome::new(Status::Rejected, format!("GPIoT: the editor refused the edit: {reason}"));
            }
            tracing::info!(from = snap.version, to = ?now, "document changed under the edit; re-anchoring");
        }
        Outcome::new(Status::Rejected, "GPIoT: the document kept changing; nothing was applied".to_string())
    }
}
