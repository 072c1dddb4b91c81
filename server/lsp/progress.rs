//! `window/workDoneProgress` for long commands: begin / report / end, cancellable.
//!
//! The token is created by the server (`window/workDoneProgress/create`) when the client says
//! it can show server-initiated progress; otherwise the `workDoneToken` the client put on the
//! request is used; with neither, reports go nowhere. Reports come from the pipeline through a
//! synchronous callback, so they are queued and forwarded in order by one task; `end` waits
//! for the queue to drain so no report follows the end.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use dashmap::DashMap;
use tokio::sync::mpsc;
use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;
use tower_lsp::lsp_types::notification::Progress as ProgressNotification;
use tower_lsp::lsp_types::request::WorkDoneProgressCreate;
use tower_lsp::lsp_types::{
    NumberOrString, ProgressParams, ProgressParamsValue, ProgressToken, WorkDoneProgress, WorkDoneProgressBegin,
    WorkDoneProgressCreateParams, WorkDoneProgressEnd, WorkDoneProgressReport,
};
use tower_lsp::Client;

/// Progress tokens in flight, so `window/workDoneProgress/cancel` can reach the run.
#[derive(Default)]
pub struct ProgressRegistry {
    runs: DashMap<String, CancellationToken>,
    next: AtomicU64,
}

fn key(token: &ProgressToken) -> String {
    match token {
        NumberOrString::Number(n) => format!("#{n}"),
        NumberOrString::String(s) => s.clone(),
    }
}

impl ProgressRegistry {
    /// Handles `window/workDoneProgress/cancel`: returns whether a run was cancelled.
    pub fn cancel(&self, token: &ProgressToken) -> bool {
        match self.runs.get(&key(token)) {
            Some(run) => {
                run.cancel();
                true
            }
            None => false,
        }
    }
}

/// A cheap, cloneable, synchronous handle to report steps.
#[derive(Clone)]
pub struct Reporter(Option<mpsc::UnboundedSender<Msg>>);

enum Msg {
    Report(String, u32),
    End(String),
}

impl Reporter {
    pub fn report(&self, message: impl Into<String>, percent: u32) {
        if let Some(tx) = &self.0 {
            let _ = tx.send(Msg::Report(message.into(), percent.min(100)));
        }
    }
}

pub struct Progress {
    client: Client,
    token: Option<ProgressToken>,
    registry: Arc<ProgressRegistry>,
    tx: Option<mpsc::UnboundedSender<Msg>>,
    forwarder: Option<JoinHandle<()>>,
}

impl Progress {
    pub async fn begin(
        client: &Client,
        registry: &Arc<ProgressRegistry>,
        server_initiated: bool,
        client_token: Option<ProgressToken>,
        title: &str,
        cancel: &CancellationToken,
    ) -> Progress {
        let token = if server_initiated {
            let n = registry.next.fetch_add(1, Ordering::Relaxed);
            let token = NumberOrString::String(format!("gpiot/{}/{n}", std::process::id()));
            match client
                .send_request::<WorkDoneProgressCreate>(WorkDoneProgressCreateParams { token: token.clone() })
                .await
            {
                Ok(()) => Some(token),
                Err(e) => {
                    tracing::warn!("client refused a progress token: {e}");
                    client_token
                }
            }
        } else {
            client_token
        };
        let mut progress = Progress { client: client.clone(), token, registry: registry.clone(), tx: None, forwarder: None };
        let Some(token) = progress.token.clone() else { return progress };
        registry.runs.insert(key(&token), cancel.clone());
        progress
            .send(WorkDoneProgress::Begin(WorkDoneProgressBegin {
                title: title.to_string(),
                cancellable: Some(true),
                message: Some("starting".into()),
                percentage: Some(0),
            }))
            .await;
        let (tx, mut rx) = mpsc::unbounded_channel::<Msg>();
        let client = client.clone();
        progress.forwarder = Some(tokio::spawn(async move {
            let mut last = 0;
            while let Some(msg) = rx.recv().await {
                let value = match msg {
                    Msg::Report(message, percent) => {
                        // Percentages must not go backwards.
                        last = percent.max(last);
                        WorkDoneProgress::Report(WorkDoneProgressReport {
                            cancellable: Some(true),
                            message: Some(message),
                            percentage: Some(last),
                        })
                    }
                    Msg::End(message) => WorkDoneProgress::End(WorkDoneProgressEnd { message: Some(message) }),
                };
                let end = matches!(value, WorkDoneProgress::End(_));
                client
                    .send_notification::<ProgressNotification>(ProgressParams {
                        token: token.clone(),
                        value: ProgressParamsValue::WorkDone(value),
                    })
                    .await;
                if end {
                    break;
                }
            }
        }));
        progress.tx = Some(tx);
        progress
    }

    pub fn reporter(&self) -> Reporter {
        Reporter(self.tx.clone())
    }

    async fn send(&self, value: WorkDoneProgress) {
        if let Some(token) = &self.token {
            self.client
                .send_notification::<ProgressNotification>(ProgressParams {
                    token: token.clone(),
                    value: ProgressParamsValue::WorkDone(value),
                })
                .await;
        }
    }

    /// Ends the progress after the reports queued before it.
    pub async fn end(mut self, message: impl Into<String>) {
        if let (Some(tx), Some(f)) = (self.tx.take(), self.forwarder.take()) {
            let _ = tx.send(Msg::End(message.into()));
            let _ = f.await;
        }
        if let Some(token) = &self.token {
            self.registry.runs.remove(&key(token));
        }
    }
}

impl Drop for Progress {
    /// A run that ends without `end` (a panic, say) still closes its progress in the client.
    fn drop(&mut self) {
        if let Some(tx) = self.tx.take() {
            let _ = tx.send(Msg::End("stopped".into()));
        }
        if let Some(token) = &self.token {
            self.registry.runs.remove(&key(token));
        }
    }
}
