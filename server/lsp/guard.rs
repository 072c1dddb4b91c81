//! Containing panics: one bad request must not take the server (and the user's editor
//! session) down. Synchronous handler bodies run under `catch_unwind`; commands run in their
//! own task, whose `JoinError` reports a panic.

use std::panic::{catch_unwind, AssertUnwindSafe};

/// Runs `f`; a panic is logged (with `what`) and becomes `None`.
pub fn contain<T>(what: &str, f: impl FnOnce() -> T) -> Option<T> {
    match catch_unwind(AssertUnwindSafe(f)) {
        Ok(v) => Some(v),
        Err(payload) => {
            tracing::error!("panic in {what}: {}", panic_message(&*payload));
            None
        }
    }
}

pub fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        s.to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "(no message)".into()
    }
}
