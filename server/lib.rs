//! GPIoT: a language server and CLI that turn IoT requirements into Python and C code with a
//! small local language model. Layers, from the editor inward:
//! `lsp` (protocol) → `document` + `syntax` (where) → `pipeline` (what to ask) → `engine`
//! (tokens). `retrieval` finds verified examples for prompts; `models` locates and installs model files; `iotbench` scores generated code.

pub mod engine;
pub mod language;
pub mod models;
pub mod pipeline;
pub mod retrieval;
pub mod lsp;
/// The composition root of the language server: settings → engine → generator.
pub mod compose;
pub mod document;
pub mod syntax;
pub mod bench;
pub mod iotbench;
/// Running untrusted generated code under limits (IoTBench judges, the pipeline's self-checks).
pub mod sandbox;
