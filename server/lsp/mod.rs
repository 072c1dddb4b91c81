//! The language server (tower-lsp over stdio). Protocol only: documents and syntax say where,
//! the pipeline says what; this layer wires requests to them and edits back to the editor.
//!
//! - `server`: the backend (capabilities, handlers)
//! - `session`: shared state (documents, client capabilities, settings, generator, progress)
//! - `actions`: code actions and lenses, command arguments
//! - `commands`: executeCommand — the pipeline runs, edits are re-anchored and applied
//! - `edits`: pipeline results → text edits → WorkspaceEdit
//! - `progress`: workDoneProgress and its cancellation
//! - `config`: the `gpiot` settings
//! - `guard`: panic containment
//! - `transport`: stdio framing that survives malformed messages

pub mod actions;
pub mod commands;
pub mod config;
pub mod edits;
pub mod guard;
pub mod progress;
pub mod server;
pub mod session;
pub mod transport;

use std::sync::Arc;

use tower_lsp::{LspService, Server};

use crate::pipeline::Generator;

/// Serves LSP over stdin/stdout until the client exits, with pipelines from `generator`.
/// Logs go to stderr only (stdout is the protocol); set GPIOT_LOG (e.g. `gpiot=debug`) for more.
pub async fn run_stdio(generator: Arc<dyn Generator>) -> anyhow::Result<()> {
    let filter = tracing_subscriber::EnvFilter::try_from_env("GPIOT_LOG").unwrap_or_else(|_| "gpiot=info".into());
    // The CLI may have installed a subscriber already; then this one is not needed.
    let _ = tracing_subscriber::fmt().with_writer(std::io::stderr).with_ansi(false).with_env_filter(filter).try_init();
    let (service, socket) = LspService::build(move |client| server::Backend::new(client, generator))
        .custom_method("window/workDoneProgress/cancel", server::Backend::work_done_progress_cancel)
        // Tests only; answers "method not found" unless GPIOT_LSP_DEBUG=1.
        .custom_method("gpiot/debugDocument", server::Backend::debug_document)
        .finish();
    // tower-lsp reads from `transport` (which answers malformed messages itself) and writes
    // through it, so those answers never split one of its frames.
    let (out_tx, out_rx) = tokio::sync::mpsc::unbounded_channel();
    let writer = tokio::spawn(transport::write_out(out_rx, tokio::io::stdout()));
    let (server_in, feed) = tokio::io::duplex(64 << 10);
    let reader = tokio::spawn(transport::read_in(tokio::io::stdin(), feed, out_tx.clone()));
    // Long commands hold a slot each while they run; leave plenty for everything else.
    Server::new(server_in, transport::ChannelWriter(out_tx), socket).concurrency_level(64).serve(service).await;
    // After `exit` the reader may still wait on stdin; stop it so the writer can drain and end.
    reader.abort();
    let _ = writer.await;
    Ok(())
}
