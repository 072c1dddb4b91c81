"""Builds models/vocab/keep.txt: the token ids the pruned model keeps (see README.md here).

A one-off developer step (the list is committed): tokenize a corpus of IoT code, prompts,
English and C/Python source with the base model's own tokenizer, keep every token it uses,
every byte token and single character below U+3000, the special tokens, and every token that is a
substring of a kept one (SentencePiece builds a token by merging its pieces; keeping the
pieces keeps the tokenization of such text identical, see README.md).

    python3 models/vocab/build_keep.py --tokenizer .build/hf-base/tokenizer.json
"""
import argparse
import glob
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

# Project text: training rows, prompt templates, grammars, queries, examples, docs.
# Never IoTBench: the vocabulary must not be chosen by the benchmark's text.
PROJECT_GLOBS = [
    "models/datasets/*.jsonl", "models/prompts/**/*", "models/grammars/*", "queries/**/*",
    "examples/**/*", "editors/**/*.md", "*.md", "models/**/*.md", "server/**/*.rs",
]
# Generic code and English of the machine: the interpreter's standard library and C headers.
SYSTEM_GLOBS = ["{stdlib}/*.py", "{stdlib}/*/*.py", "/usr/include/*.h", "/usr/include/*/*.h"]


def texts(paths):
    for p in paths:
        try:
            raw = Path(p).read_text(encoding="utf-8")
        except (UnicodeDecodeError, IsADirectoryError, OSError):
            continue
        if p.endswith(".jsonl"):
            for line in raw.splitlines():
                row = json.loads(line)
                yield from (v for v in row.values() if isinstance(v, str))
        else:
            yield raw


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tokenizer", type=Path, required=True, help="the base model's tokenizer.json")
    ap.add_argument("--out", type=Path, default=REPO / "models" / "vocab" / "keep.txt")
    a = ap.parse_args()
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(a.tokenizer))
    vocab = tok.get_vocab()  # piece -> id
    stdlib = str(Path(glob.__file__).parent)
    paths = [p for g in PROJECT_GLOBS for p in glob.glob(str(REPO / g), recursive=True)]
    paths += [p for g in SYSTEM_GLOBS for p in glob.glob(g.format(stdlib=stdlib))]
    keep = set()
    n_texts = 0
    batch = []
    for t in texts(sorted(set(paths))):
        batch.append(t)
        n_texts += 1
        if len(batch) == 512:
            for enc in tok.encode_batch(batch, add_special_tokens=False):
                keep.update(enc.ids)
            batch = []
    for enc in tok.encode_batch(batch, add_special_tokens=False):
        keep.update(enc.ids)
    used = len(keep)
    pieces = {i: p for p, i in vocab.items()}
    for i, p in pieces.items():
        special = p.startswith("<") and p.endswith(">") and not p.startswith("<unused")
        # Single characters below U+3000 (Latin, Greek, Cyrillic, symbols, box drawing);
        # CJK and the rest still encode through the byte tokens.
        if len(p) == 1 and ord(p) < 0x3000 or p.startswith("<0x") and len(p) == 6 or special or i < 6:
            keep.add(i)
    # Substring closure: every token that is a piece of a kept token.
    for i in list(keep):
        p = pieces[i]
        for s in range(len(p)):
            for e in range(s + 1, len(p) + 1):
                j = vocab.get(p[s:e])
                if j is not None:
                    keep.add(j)
    ids = sorted(keep)
    a.out.write_text("".join(f"{i}\n" for i in ids))
    print(f"{len(paths)} files, {n_texts} texts: {used} tokens used; kept {len(ids)} of {len(vocab)} "
          f"with single characters, bytes, special tokens and pieces -> {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
