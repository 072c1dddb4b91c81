"""Training rows in the inference format: each prompt preceded by retrieved verified examples.

At inference (server/pipeline/mod.rs, `with_examples_before`) every TD, RT and CG prompt is
preceded by the k corpus rows nearest it, each written as prompt + completion + "\\n", the best
one last. Adapters trained on bare prompts never saw that layout; rows built here match it.
The rows are picked by the server's own retriever (`gpiot examples`, BM25 over the same
models/datasets files), so training and inference cannot drift apart.

Policy: a row's example never comes from the same problem (its id without the role prefix and
task suffix: `cg-c-c_protocols-0012-crc8` -> `c-c_protocols-0012`) and its completion shares at
most MAX_OVERLAP of its word trigrams with the row's own completion. At inference the
benchmark's problem is never in the corpus, so the example is a different program; a
near-copy would teach copying instead of adapting the example to the spec. (Until 2026-12-06
only the same problem and identical completions were excluded: the generated problems share
components, and the nearest other-problem example was a near-copy — median difflib ratio 0.97
over 600 sampled rows — so the adapters learned to copy the example.)

    python3 models/training/examples.py --k 1 --show 2     # what two training prompts look like
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
# role -> dataset file (pect.py reads the same mapping from here)
DATASET_FILES = {"td": "tdd.jsonl", "rt": "rt.jsonl", "cg": "cgd.jsonl"}
# candidates asked of the retriever per row: enough to get past the row's own problem's rows
# and the near-copies from other problems (the first distinct one is at median rank ~25)
CANDIDATES = 256
# largest share of word trigrams (Jaccard) an example's completion may have with the row's
# own completion; 0.3 is about difflib ratio 0.65 on these rows
MAX_OVERLAP = 0.3
# a "similar" example (the --example-similar policy) is the same kind of function with other
# details: overlap above MAX_OVERLAP and at most SIMILAR_MAX (near-copies are mostly above 0.8)
SIMILAR_MAX = 0.8


def trigrams(text: str) -> frozenset:
    words = re.findall(r"\w+|[^\w\s]", text)
    return frozenset(tuple(words[i:i + 3]) for i in range(max(1, len(words) - 2)))


def overlap(a: frozenset, b: frozenset) -> float:
    """Jaccard similarity of two trigram sets."""
    return len(a & b) / max(1, len(a | b))


def problem_key(row_id: str) -> str:
    """`<role>-<language>-<seed>-<index>[-<task>]` -> `<language>-<seed>-<index>`."""
    parts = str(row_id).split("-")
    return "-".join(parts[1:4]) if len(parts) >= 4 else str(row_id)


def gpiot_bin() -> Path:
    p = Path(os.environ.get("GPIOT_BIN", REPO / "target" / "release" / "gpiot"))
    if not p.is_file():
        raise SystemExit(f"{p} not found: build it first (`make build`) or set GPIOT_BIN")
    return p


def corpus_digest(data_dir: Path) -> str:
    h = hashlib.sha256()
    for name in DATASET_FILES.values():
        f = data_dir / name
        if f.is_file():
            h.update(name.encode())
            h.update(f.read_bytes())
    return h.hexdigest()[:16]


def nearest_ids(rows: list[dict], data_dir: Path, cache_dir: Path) -> dict[str, list[str]]:
    """Row id -> ids of the corpus rows nearest its prompt (best first), from `gpiot examples`;
    cached per corpus content and row set."""
    key = hashlib.sha256((corpus_digest(data_dir) + str(CANDIDATES) + "".join(str(r["id"]) for r in rows)).encode()).hexdigest()[:16]
    cache = cache_dir / f"nearest-{key}.jsonl"
    if not cache.is_file():
        cache_dir.mkdir(parents=True, exist_ok=True)
        queries = "".join(json.dumps({"id": r["id"], "role": r["role"], "language": r["language"], "prompt": r["prompt"]}) + "\n" for r in rows)
        out = subprocess.run([str(gpiot_bin()), "examples", "--k", str(CANDIDATES), "--datasets", str(data_dir)],
                             input=queries, capture_output=True, text=True, check=False)
        if out.returncode != 0:
            raise SystemExit(f"gpiot examples failed ({out.returncode}): {out.stderr.strip()[-500:]}")
        tmp = cache.with_suffix(".tmp")
        tmp.write_text(out.stdout)
        tmp.replace(cache)
    answers = {}
    for line in cache.read_text().splitlines():
        if line.strip():
            a = json.loads(line)
            answers[str(a["id"])] = a["nearest"]
    return answers


def near_copy_allowed(row_id: str, share: float, salt: str = "near-copy") -> bool:
    """Stable per row: is this one of the `share` of rows drawn for `salt`'s policy (by default
    the rows that may take a near-copy example)? Each salt draws its own rows."""
    h = int(hashlib.sha256((salt + ":" + row_id).encode()).hexdigest()[:8], 16)
    return (h % 10000) < share * 10000


def attach(rows: list[dict], k: int, data_dir: Path, corpus_rows: list[dict] | None = None,
           cache_dir: Path = REPO / ".build" / "examples", near_copy_share: float = 0.0,
           similar_share: float = 0.0) -> tuple[list[dict], dict]:
    """Copies of `rows` whose prompts are preceded by up to `k` examples; and counts.

    `near_copy_share`: the share of rows (picked by id) whose example may be a near-copy from
    another problem (only an identical completion is refused) — at inference the corpus
    sometimes holds the very function a spec asks for, and then using the example is right.
    `similar_share`: the share of the other rows whose examples are, where the candidates hold
    one, similar functions (trigram overlap in (MAX_OVERLAP, SIMILAR_MAX]): the same kind of
    function with other constants, names or data types — what retrieval mostly finds for an
    unseen requirement — so that the adapter learns to change what the spec says differs."""
    if k <= 0:
        return rows, {"rows": len(rows), "with_examples": 0}
    if corpus_rows is None:
        corpus_rows = [json.loads(l) for name in DATASET_FILES.values() if (data_dir / name).is_file()
                       for l in (data_dir / name).read_text(encoding="utf-8").splitlines() if l.strip()]
    by_id = {str(r["id"]): r for r in corpus_rows}
    near = nearest_ids(rows, data_dir, cache_dir)
    grams: dict[str, frozenset] = {}

    def grams_of(row: dict) -> frozenset:
        rid = str(row["id"])
        if rid not in grams:
            grams[rid] = trigrams(row["completion"])
        return grams[rid]

    out, counts = [], {"rows": len(rows), "with_examples": 0, "examples": 0, "near_copies_skipped": 0, "similar": 0}
    for r in rows:
        own = problem_key(r["id"])
        copy_ok = near_copy_share > 0 and near_copy_allowed(str(r["id"]), near_copy_share)
        similar_ok = not copy_ok and similar_share > 0 and near_copy_allowed(str(r["id"]), similar_share, "similar")
        candidates = [ex for cid in near.get(str(r["id"]), [])
                      if (ex := by_id.get(cid)) is not None and problem_key(cid) != own and ex["completion"] != r["completion"]]
        chosen = []
        if similar_ok:
            chosen = [ex for ex in candidates if MAX_OVERLAP < overlap(grams_of(ex), grams_of(r)) <= SIMILAR_MAX][:k]
            counts["similar"] += len(chosen)
        if not chosen:  # the distinct (or near-copy) policy
            for ex in candidates:
                if not copy_ok and overlap(grams_of(ex), grams_of(r)) > MAX_OVERLAP:
                    counts["near_copies_skipped"] += 1
                    continue
                chosen.append(ex)
                if len(chosen) == k:
                    break
        r = dict(r)
        if chosen:
            # best one last, next to the prompt — as with_examples_before writes them
            r["prompt"] = "".join(ex["prompt"] + ex["completion"] + "\n" for ex in reversed(chosen)) + r["prompt"]
            counts["with_examples"] += 1
            counts["examples"] += len(chosen)
        out.append(r)
    return out, counts


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data-dir", type=Path, default=REPO / "models" / "datasets")
    ap.add_argument("--k", type=int, default=1)
    ap.add_argument("--show", type=int, default=1, help="print this many training prompts per role")
    args = ap.parse_args()
    rows = [json.loads(l) for name in DATASET_FILES.values() for l in (args.data_dir / name).read_text(encoding="utf-8").splitlines() if l.strip()]
    with_ex, counts = attach(rows, args.k, args.data_dir, rows)
    print(json.dumps(counts))
    for role in ("td", "rt", "cg"):
        for r in [r for r in with_ex if r["role"] == role][: args.show]:
            print(f"===== {r['id']}\n{r['prompt']}{r['completion']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
