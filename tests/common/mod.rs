//! Shared helpers for the integration tests. Not every test uses every helper.
#![allow(dead_code)]

pub mod fixture;
pub mod llama_server;
pub mod lsp_client;
pub mod text_model;
