#!/usr/bin/env python3
"""`make bench`: GPIoT's engine next to llama.cpp's own llama-bench on the same model and
threads, in one run, printed as ratios (these machines are noisy: only same-run ratios mean
something). Also: batched vs sequential decoding, the pipeline with batched vs sequential
sub-tasks, and the peak RSS of `gpiot generate`.
"""
import argparse
import json
import os
import platform
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tools"))
import llama_cpp  # noqa: E402

REQUIREMENT = ("Requirement: samples is a list of PPG values sampled at fs Hz by a wrist sensor. "
               "Implement estimate_heart_rate(samples, fs) that returns the heart rate in beats per minute.")


def run_json(cmd):
    out = subprocess.run(cmd, check=True, capture_output=True, text=True)
    return json.loads(out.stdout)


def peak_rss_mb(cmd):
    """Runs cmd; returns (peak RSS in MB of that child, seconds, exit code)."""
    t = time.time()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(p.pid, 0)
    p.returncode = os.waitstatus_to_exitcode(status)
    return usage.ru_maxrss / 1024.0, time.time() - t, p.returncode


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(ROOT, "target/release/gpiot"))
    ap.add_argument("--threads", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--skip-llama-bench", action="store_true")
    ap.add_argument("--llama-bench", help="an already built llama-bench (default: build it with tools/llama_cpp.py)")
    a = ap.parse_args()
    model = subprocess.run([a.bin, "model", "path"], check=True, capture_output=True, text=True).stdout.strip()
    t = str(a.threads)
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores; threads {t}; model {os.path.basename(model)}")

    ours = run_json([a.bin, "bench", "--json", "--threads", t, "--prompt-tokens", "512", "--gen-tokens", "128",
                     "--repetitions", str(a.reps)])
    ref = {}
    if not a.skip_llama_bench:
        bench = a.llama_bench or llama_cpp.build(["llama-bench"])[0]
        # --load-mode none: the engine reads the model into memory too (models/manifest.toml `mmap`).
        rows = run_json([bench, "-m", model, "-t", t, "-p", "512", "-n", "128", "-r", str(a.reps), "--load-mode", "none", "-o", "json"])
        for r in rows:
            kind = "pp" if r.get("n_prompt", 0) > 0 else "tg"
            ref[kind] = r["avg_ts"]

    print()
    print("| measure | gpiot | llama-bench | ratio | target |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for kind, key, target in (("pp", "pp_tok_s", 0.95), ("tg", "tg_tok_s", 0.97)):
        r = ref.get(kind)
        ratio = f"{ours[key] / r:.3f}" if r else "n/a"
        label = "prompt pp512 tok/s" if kind == "pp" else "generation tg128 tok/s"
        print(f"| {label} | {ours[key]:.1f} | {r:.1f} | {ratio} | ≥ {target} |" if r else f"| {label} | {ours[key]:.1f} | - | - | ≥ {target} |")
    print(f"| batched x{ours['sequences']} aggregate tok/s | {ours['batched_tok_s']:.1f} | sequential {ours['sequential_tok_s']:.1f} | {ours['batched_speedup']:.2f} | ≥ 2.0 |")
    print(f"| KV prefix reuse (shared 256-token prefix) | {ours['prefix_reused_tokens']} tokens reused | | | |")
    print(f"| cancel → engine free (ms, median / max) | {ours['cancel_to_free_ms_median']:.0f} / {ours['cancel_to_free_ms_max']:.0f} | | | < 200 |")
    print(f"| cancel → next request's first token (ms, median) | {ours['cancel_to_next_token_ms_median']:.0f} | | | |")

    # The pipeline: independent sub-tasks batched vs one after another (same requirement).
    gen = [a.bin, "generate", "--requirement", REQUIREMENT, "--config", "gpiot", "--threads", t, "--max-tokens", "256"]
    rss, secs_b, rc_b = peak_rss_mb(gen)
    _, secs_s, rc_s = peak_rss_mb(gen + ["--sequential"])
    print(f"| pipeline wall time, batched vs sequential sub-tasks (s) | {secs_b:.1f} | {secs_s:.1f} | {secs_s / secs_b:.2f}x | exit {rc_b}/{rc_s} |")
    # Reference memory: llama.cpp's own CLI on the same model, a short generation.
    ref_rss = None
    if not a.skip_llama_bench:
        completion = llama_cpp.build(["llama-completion"])[0]
        ref_rss, _, _ = peak_rss_mb([completion, "-m", model, "-t", t, "-c", "4096", "-n", "32", "-no-cnv",
                                     "-p", REQUIREMENT])
    if ref_rss:
        print(f"| peak RSS of `gpiot generate` (MB) | {rss:.0f} | llama-completion {ref_rss:.0f} | {rss / ref_rss:.2f} | ≤ 600 on the 0.5B |")
    else:
        print(f"| peak RSS of `gpiot generate` (MB) | {rss:.0f} | | | ≤ 600 on the 0.5B |")


if __name__ == "__main__":
    main()
