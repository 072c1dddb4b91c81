//! The tower-lsp backend: protocol in, calls into the session and the modules out. Handlers
//! are thin and never run the model (only `executeCommand` does, in `commands`).

use std::sync::Arc;

use serde_json::Value;
use tokio_util::sync::CancellationToken;
use tower_lsp::jsonrpc::{Error, Result};
use tower_lsp::lsp_types::*;
use tower_lsp::{Client, LanguageServer};

use super::actions;
use super::commands;
use super::config;
use super::guard::{contain, panic_message};
use super::session::{ClientCaps, Session};
use crate::document::{position, MAX_PARSED_BYTES};
use crate::language::Language;
use crate::pipeline::Generator;

pub struct Backend {
    session: Arc<Session>,
    /// A bad `initializationOptions`, shown once the client is ready for messages.
    init_error: std::sync::Mutex<Option<String>>,
}

impl Backend {
    pub fn new(client: Client, generator: Arc<dyn Generator>) -> Backend {
        Backend { session: Arc::new(Session::new(client, generator)), init_error: Default::default() }
    }

    /// Handles `window/workDoneProgress/cancel` (not in tower-lsp's trait).
    pub async fn work_done_progress_cancel(&self, params: WorkDoneProgressCancelParams) {
        if !self.session.progress.cancel(&params.token) {
            tracing::debug!(?params.token, "cancel for an unknown or finished progress");
        }
    }

    /// `gpiot/debugDocument`, for tests only (GPIOT_LSP_DEBUG=1, like `gpiot.debug.panic`):
    /// the server's view of an open document — version, text and the S-expression of its
    /// incrementally maintained tree (reparsed first if edits are pending) — so a test can
    /// compare it with the client's copy and with a fresh parse. `null` if it is not open.
    pub async fn debug_document(&self, params: TextDocumentIdentifier) -> Result<Option<Value>> {
        if !self.session.debug_commands {
            return Err(Error::method_not_found());
        }
        let snap = contain("gpiot/debugDocument", || self.session.docs.snapshot(&params.uri)).flatten();
        Ok(snap.map(|snap| {
            serde_json::json!({
                "version": snap.version,
                "text": snap.text.to_string(),
                "tree": snap.syntax.map(|s| s.tree.root_node().to_sexp()),
            })
        }))
    }

    /// Whether the document's language is handled (and enabled in the settings).
    fn handled(&self, language_id: &str) -> bool {
        Language::from_language_id(language_id).is_some_and(|l| self.session.settings().enabled(l))
    }

    fn commands_at(&self, uri: &Url, range: Range) -> Vec<Command> {
        let Some((snap, outline)) = self.session.docs.outline(uri) else { return Vec::new() };
        if !self.handled(&snap.language_id) {
            return Vec::new();
        }
        let enc = self.session.caps().encoding;
        let bytes = position::to_byte_range(&snap.text, range, enc);
        actions::commands_at(&snap, &outline, bytes, enc)
    }
}

#[tower_lsp::async_trait]
impl LanguageServer for Backend {
    async fn initialize(&self, params: InitializeParams) -> Result<InitializeResult> {
        let caps = ClientCaps::from_lsp(&params.capabilities);
        self.session.set_caps(caps);
        if let Some(options) = &params.initialization_options {
            if let Err(e) = self.session.update_settings(options).await {
                *self.init_error.lock().unwrap_or_else(|e| e.into_inner()) = Some(e.to_string());
            }
        }
        tracing::info!(?caps, "initialize");
        let work_done = WorkDoneProgressOptions { work_done_progress: Some(true) };
        Ok(InitializeResult {
            capabilities: ServerCapabilities {
                position_encoding: Some(caps.encoding.kind()),
                text_document_sync: Some(TextDocumentSyncCapability::Options(TextDocumentSyncOptions {
                    open_close: Some(true),
                    change: Some(TextDocumentSyncKind::INCREMENTAL),
                    ..TextDocumentSyncOptions::default()
                })),
                code_action_provider: Some(CodeActionProviderCapability::Options(CodeActionOptions {
                    code_action_kinds: Some(vec![CodeActionKind::REFACTOR_REWRITE]),
                    resolve_provider: Some(false),
                    work_done_progress_options: WorkDoneProgressOptions::default(),
                })),
                code_lens_provider: Some(CodeLensOptions { resolve_provider: Some(false) }),
                execute_command_provider: Some(ExecuteCommandOptions {
                    commands: actions::commands(self.session.debug_commands),
                    work_done_progress_options: work_done,
                }),
                ..ServerCapabilities::default()
            },
            server_info: Some(ServerInfo { name: "gpiot".into(), version: Some(env!("CARGO_PKG_VERSION").into()) }),
        })
    }

    async fn initialized(&self, _: InitializedParams) {
        let error = self.init_error.lock().unwrap_or_else(|e| e.into_inner()).take();
        if let Some(message) = error {
            self.session.show(MessageType::ERROR, message).await;
        }
    }

    async fn shutdown(&self) -> Result<()> {
        Ok(())
    }

    async fn did_open(&self, params: DidOpenTextDocumentParams) {
        let doc = params.text_document;
        let (uri, size) = (doc.uri.clone(), doc.text.len());
        contain("didOpen", || self.session.docs.open(doc.uri, &doc.language_id, doc.version, &doc.text));
        if size > MAX_PARSED_BYTES && self.handled(&doc.language_id) {
            let message = format!(
                "GPIoT: {uri} is {:.1} MB; GPIoT analyses files up to {} MB, so it offers no actions in this one",
                size as f64 / 1e6,
                MAX_PARSED_BYTES >> 20
            );
            self.session.show(MessageType::WARNING, message).await;
        }
    }

    async fn did_change(&self, params: DidChangeTextDocumentParams) {
        // Synchronous on purpose: tower-lsp polls handlers in arrival order, and a handler that
        // finishes on its first poll cannot be overtaken by a later message.
        let uri = params.text_document.uri;
        let enc = self.session.caps().encoding;
        let applied = contain("didChange", || {
            self.session.docs.change(&uri, params.text_document.version, params.content_changes, enc)
        });
        match applied {
            Some(Ok(())) => {}
            Some(Err(e)) => tracing::warn!("didChange: {e}"),
            None => {
                // The text may be half-edited: forget it rather than act on a wrong buffer.
                self.session.docs.close(&uri);
                self.session
                    .show(MessageType::ERROR, format!("GPIoT lost track of {uri} after an internal error; reopen it to use GPIoT actions"))
                    .await;
            }
        }
    }

    async fn did_close(&self, params: DidCloseTextDocumentParams) {
        self.session.docs.close(&params.text_document.uri);
    }

    async fn did_change_configuration(&self, params: DidChangeConfigurationParams) {
        let mut settings = params.settings;
        if config::section(&settings).is_none() && self.session.caps().configuration {
            // Pull-model clients (VS Code) send an empty notification: ask for the section.
            let item = ConfigurationItem { scope_uri: None, section: Some("gpiot".into()) };
            match self.session.client.configuration(vec![item]).await {
                Ok(mut values) if !values.is_empty() => settings = serde_json::json!({ "gpiot": values.remove(0) }),
                Ok(_) => {}
                Err(e) => tracing::warn!("workspace/configuration failed: {e}"),
            }
        }
        if let Err(e) = self.session.update_settings(&settings).await {
            self.session.show(MessageType::ERROR, e).await;
        }
    }

    async fn code_action(&self, params: CodeActionParams) -> Result<Option<CodeActionResponse>> {
        let literals = self.session.caps().code_action_literals;
        let actions = contain("codeAction", || {
            actions::code_actions(self.commands_at(&params.text_document.uri, params.range), literals)
        });
        Ok(actions.filter(|a| !a.is_empty()))
    }

    async fn code_lens(&self, params: CodeLensParams) -> Result<Option<Vec<CodeLens>>> {
        let uri = params.text_document.uri;
        let lenses = contain("codeLens", || {
            let (snap, outline) = self.session.docs.outline(&uri)?;
            if !self.handled(&snap.language_id) {
                return None;
            }
            Some(actions::code_lenses(&snap, &outline, self.session.caps().encoding))
        });
        Ok(lenses.flatten())
    }

    async fn execute_command(&self, params: ExecuteCommandParams) -> Result<Option<Value>> {
        let command = params.command;
        let args: actions::CommandArgs = match params.arguments.into_iter().next().map(serde_json::from_value) {
            Some(Ok(a)) => a,
            Some(Err(e)) => return Err(Error::invalid_params(format!("{command}: bad arguments: {e}"))),
            None if command == actions::DEBUG_PANIC => {
                actions::CommandArgs { uri: Url::parse("file:///").expect("valid"), version: None, anchor: Default::default() }
            }
            None => return Err(Error::invalid_params(format!("{command} needs {{uri, version, anchor}}"))),
        };
        let cancel = CancellationToken::new();
        // tower-lsp drops this future on `$/cancelRequest`; the guard then cancels the run,
        // which the pipeline and the engine observe between tokens.
        let _guard = cancel.clone().drop_guard();
        let token = params.work_done_progress_params.work_done_token;
        let task = tokio::spawn(commands::execute(self.session.clone(), command.clone(), args, token, cancel));
        match task.await {
            Ok(outcome) => Ok(Some(serde_json::to_value(outcome).unwrap_or(Value::Null))),
            Err(e) => {
                let detail = if e.is_panic() { panic_message(&*e.into_panic()) } else { e.to_string() };
                tracing::error!("{command} failed with an internal error: {detail}");
                self.session
                    .show(MessageType::ERROR, format!("GPIoT: internal error in {command} ({detail}); nothing was changed and the server keeps running"))
                    .await;
                Err(Error::internal_error())
            }
        }
    }
}
