//! State shared by every request: the client handle, open documents, what the client can do,
//! the settings, the pipeline generator, and progress runs in flight.

use std::sync::{Arc, RwLock};

use serde_json::Value;
use tower_lsp::lsp_types::{ClientCapabilities, MessageType};
use tower_lsp::Client;

use super::config::{self, Settings};
use super::progress::ProgressRegistry;
use crate::document::{DocumentStore, PositionEncoding};
use crate::pipeline::Generator;

/// The parts of the client's capabilities the server acts on.
#[derive(Clone, Copy, Debug, Default)]
pub struct ClientCaps {
    pub encoding: PositionEncoding,
    /// `window.workDoneProgress`: the server may create progress tokens.
    pub work_done_progress: bool,
    /// `workspace.workspaceEdit.documentChanges`: versioned edits.
    pub document_changes: bool,
    /// `textDocument.codeAction.codeActionLiteralSupport`: else plain commands are returned.
    pub code_action_literals: bool,
    /// `workspace.configuration`: settings can be pulled.
    pub configuration: bool,
}

impl ClientCaps {
    pub fn from_lsp(c: &ClientCapabilities) -> ClientCaps {
        let encoding = PositionEncoding::negotiate(c.general.as_ref().and_then(|g| g.position_encodings.as_deref()));
        ClientCaps {
            encoding,
            work_done_progress: c.window.as_ref().and_then(|w| w.work_done_progress).unwrap_or(false),
            document_changes: c
                .workspace
                .as_ref()
                .and_then(|w| w.workspace_edit.as_ref())
                .and_then(|e| e.document_changes)
                .unwrap_or(false),
            code_action_literals: c
                .text_document
                .as_ref()
                .and_then(|t| t.code_action.as_ref())
                .is_some_and(|a| a.code_action_literal_support.is_some()),
            configuration: c.workspace.as_ref().and_then(|w| w.configuration).unwrap_or(false),
        }
    }
}

pub struct Session {
    pub client: Client,
    pub docs: DocumentStore,
    caps: RwLock<ClientCaps>,
    settings: RwLock<Settings>,
    /// Where pipelines come from (the composition root decides which engine is behind it).
    pub generator: Arc<dyn Generator>,
    pub progress: Arc<ProgressRegistry>,
    /// Enables `gpiot.debug.panic` (tests of panic containment): env GPIOT_LSP_DEBUG=1.
    pub debug_commands: bool,
}

impl Session {
    pub fn new(client: Client, generator: Arc<dyn Generator>) -> Session {
        Session {
            client,
            docs: DocumentStore::new(),
            caps: RwLock::default(),
            settings: RwLock::default(),
            generator,
            progress: Arc::default(),
            debug_commands: std::env::var("GPIOT_LSP_DEBUG").is_ok_and(|v| v == "1"),
        }
    }

    pub fn caps(&self) -> ClientCaps {
        *self.caps.read().unwrap_or_else(|e| e.into_inner())
    }

    pub fn set_caps(&self, caps: ClientCaps) {
        *self.caps.write().unwrap_or_else(|e| e.into_inner()) = caps;
    }

    pub fn settings(&self) -> Settings {
        self.settings.read().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// Validates and installs new settings; on error the previous ones stay and the error is
    /// returned for the user.
    pub async fn update_settings(&self, value: &Value) -> Result<(), config::ConfigError> {
        let Some(section) = config::section(value) else { return Ok(()) };
        let new = config::parse(section)?;
        tracing::info!(?new, "settings");
        *self.settings.write().unwrap_or_else(|e| e.into_inner()) = new.clone();
        self.generator.settings_changed(&new.model_settings()).await;
        Ok(())
    }

    pub async fn show(&self, typ: MessageType, message: impl std::fmt::Display) {
        match typ {
            MessageType::ERROR => tracing::error!("{message}"),
            MessageType::WARNING => tracing::warn!("{message}"),
            _ => tracing::info!("{message}"),
        }
        self.client.show_message(typ, message).await;
    }
}
