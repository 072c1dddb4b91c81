//! The committed role adapters (models/adapters) through our engine: checksums match the
//! manifest, and with each adapter the engine picks the same next token as the trained
//! PyTorch model did on fixed training prompts (models/adapters/next_tokens.json, written by
//! `verify_adapter.py --fixture` at export time). Needs the installed model; near-ties
//! (logit margin < 1.0) are left out, since Q4_K_M weights can flip them.

use gpiot::engine::llama::{LlamaConfig, LlamaEngine};
use gpiot::engine::{CancellationToken, CompletionRequest, Engine, FinishReason};
use gpiot::models::assets::Selected;
use gpiot::models::{install::sha256_file, Assets};

/// The model the committed adapters were trained on.
const ADAPTERS_BASE: &str = "gemma-3-270m";

fn adapters_base(assets: &Assets) -> Selected {
    assets.select(Some(ADAPTERS_BASE)).expect("the adapters' base model is in the catalogue")
}

#[derive(serde::Deserialize)]
struct Case {
    role: String,
    id: String,
    prompt: String,
    torch: String,
    margin: f32,
}

#[test]
fn adapter_files_match_the_manifest_checksums() {
    let assets = Assets::new();
    for (name, model) in &assets.manifest.models {
        for (role, entry) in &model.adapters {
            let path = assets.adapters_dir().join(&entry.file);
            assert!(path.is_file(), "{name}: adapter {role} listed in the manifest is missing: {}", path.display());
            assert_eq!(sha256_file(&path).unwrap(), entry.sha256, "{name}: adapter {role} checksum");
        }
    }
    for (role, entry) in &adapters_base(&assets).entry.unwrap().adapters {
        let path = assets.adapters_dir().join(&entry.file);
        assert!(path.is_file(), "adapter {role} listed in the manifest is missing: {}", path.display());
        assert_eq!(sha256_file(&path).unwrap(), entry.sha256, "adapter {role} checksum");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn engine_with_adapter_matches_the_trained_models_next_token() {
    if std::env::var_os("GPIOT_SKIP_MODEL_TESTS").is_some() {
        eprintln!("GPIOT_SKIP_MODEL_TESTS set: skipping a real-model test");
        return;
    }
    let assets = Assets::new();
    let base = adapters_base(&assets);
    let adapters = assets.adapters_of(&base);
    if adapters.is_empty() {
        eprintln!("no adapters in models/manifest.toml yet: nothing to compare");
        return;
    }
    let fixture = assets.adapters_dir().join("next_tokens.json");
    let cases: Vec<Case> = serde_json::from_str(&std::fs::read_to_string(&fixture).expect("next_tokens.json sits beside the adapters")).unwrap();
    assert!(base.path.is_file(), "{} is not installed at {}: run `gpiot model install {ADAPTERS_BASE}` (make test does)", ADAPTERS_BASE, base.path.display());
    let mut config = LlamaConfig::new(base.path.clone());
    config.adapters = adapters;
    config.threads = 1;
    config.n_ctx = 2048;
    let engine = LlamaEngine::load(config).expect("model and adapters load");
    let mut checked = 0;
    let mut mismatches = Vec::new();
    for c in cases.iter().filter(|c| c.margin >= 1.0) {
        let mut r = CompletionRequest::new(c.prompt.clone(), 1);
        r.adapter = Some(c.role.clone());
        let out = engine.complete(r, CancellationToken::new(), None).await.unwrap();
        let got = if out.finish == FinishReason::EndOfText && out.generated_tokens == 0 { String::new() } else { out.text };
        checked += 1;
        if got != c.torch {
            mismatches.push(format!("{} ({}): torch {:?}, engine {:?}", c.id, c.role, c.torch, got));
        }
    }
    assert!(checked >= 3, "too few clear-cut cases in the fixture ({checked})");
    assert!(mismatches.is_empty(), "{mismatches:#?}");
}
