//! The language server (tower-lsp). Placeholder entry point: the LSP helper replaces this
//! module; `gpiot lsp` calls `run_stdio`.

/// Serves LSP over stdin/stdout until the client exits.
pub async fn run_stdio() -> anyhow::Result<()> {
    anyhow::bail!("the language server is not built yet")
}
