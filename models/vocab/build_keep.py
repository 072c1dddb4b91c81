"""Builds a keep list: the token ids a pruned model keeps (see README.md here).

A one-off developer step (the lists are committed): tokenize a corpus of IoT code, prompts,
English and C/Python source with the base model's own tokenizer and keep every token it uses,
the special tokens, and the pieces text is spelled with:

* SentencePiece (Gemma, `--tokenizer tokenizer.json`): every byte token, every single character
  below U+3000, and every token that is a substring of a kept one (SentencePiece builds a token
  by merging its pieces; keeping the pieces keeps the tokenization of such text identical).
* byte-level BPE (Qwen2.5, `--gguf FILE`, the tokenizer rebuilt from the GGUF's tokens and
  merges): the other spellings of a kept word (with or without its leading space, lower-case,
  capitalised), the 256 byte tokens and every token that spells one character below U+3000. The
  pruner (server/models/vocab_prune.rs) adds the parts of every merge that makes a kept token
  and keeps only the merges whose parts and result are kept, which keeps the tokenization of
  text spelled with kept tokens identical (README.md).

    python3 models/vocab/build_keep.py --tokenizer .build/hf-base/tokenizer.json --out models/vocab/gemma-3.txt
    python3 models/vocab/build_keep.py --gguf <qwen2.5-coder gguf> --out models/vocab/qwen2.5-coder.txt

Needs the `tokenizers` package (and `gguf` for --gguf).
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

# Qwen2's pre-tokenizer split (its tokenizer.json; llama.cpp's "qwen2" pre-tokenizer).
QWEN2_SPLIT = (r"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}| ?[^\s\p{L}\p{N}]+[\r\n]*"
               r"|\s*[\r\n]+|\s+(?!\S)|\s+")
# GGUF token types.
NORMAL, UNUSED = 1, 5


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


def corpus_ids(tok):
    """Every token id the tokenizer produces on the corpus."""
    stdlib = str(Path(glob.__file__).parent)
    paths = [p for g in PROJECT_GLOBS for p in glob.glob(str(REPO / g), recursive=True)]
    paths += [p for g in SYSTEM_GLOBS for p in glob.glob(g.format(stdlib=stdlib))]
    used, n_texts, batch = set(), 0, []
    for t in texts(sorted(set(paths))):
        batch.append(t)
        n_texts += 1
        if len(batch) == 512:
            for enc in tok.encode_batch(batch, add_special_tokens=False):
                used.update(enc.ids)
            batch = []
    for enc in tok.encode_batch(batch, add_special_tokens=False):
        used.update(enc.ids)
    print(f"{len(paths)} files, {n_texts} texts: {len(used)} tokens used", file=sys.stderr)
    return used


def sentencepiece_keep(path):
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(path))
    vocab = tok.get_vocab()  # piece -> id
    keep = corpus_ids(tok)
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
    return keep, len(vocab)


def byte_decoder():
    """GPT-2's byte-level alphabet: the printable character that stands for each byte."""
    bs = list(range(ord("!"), ord("~") + 1)) + list(range(ord("¡"), ord("¬") + 1)) + list(range(ord("®"), ord("ÿ") + 1))
    cs = bs[:]
    n = 0
    for b in range(256):
        if b not in bs:
            bs.append(b)
            cs.append(256 + n)
            n += 1
    return {chr(c): b for b, c in zip(bs, cs)}


def bpe_keep(path):
    import gguf
    from tokenizers import Regex, Tokenizer, decoders, models, normalizers, pre_tokenizers

    r = gguf.GGUFReader(str(path))
    field = lambda k: r.fields[k]
    pre = bytes(field("tokenizer.ggml.pre").parts[field("tokenizer.ggml.pre").data[0]]).decode()
    if pre != "qwen2":
        sys.exit(f"{path}: pre-tokenizer {pre!r}; only qwen2's split is known here")
    t, ty, m = field("tokenizer.ggml.tokens"), field("tokenizer.ggml.token_type"), field("tokenizer.ggml.merges")
    tokens = [bytes(t.parts[i]).decode() for i in t.data]
    types = [int(ty.parts[i][0]) for i in ty.data]
    merges = [tuple(bytes(m.parts[i]).decode().split(" ", 1)) for i in m.data]
    vocab = {p: i for i, p in enumerate(tokens) if types[i] == NORMAL}
    tok = Tokenizer(models.BPE(vocab=vocab, merges=merges))
    tok.normalizer = normalizers.NFC()
    tok.pre_tokenizer = pre_tokenizers.Sequence([
        pre_tokenizers.Split(Regex(QWEN2_SPLIT), behavior="isolated"),
        pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=False),
    ])
    tok.decoder = decoders.ByteLevel()
    keep = corpus_ids(tok)
    # A word the corpus uses is kept in its other spellings too: with and without the leading
    # space (Ġ), lower-case and capitalised. Chat replies start a text with words source code
    # has only mid-sentence ("Certainly!" vs " certainly").
    idx = {p: i for i, p in enumerate(tokens)}
    for i in list(keep):
        word = tokens[i].removeprefix("Ġ")
        if word.isalpha():
            for w in {word, word.lower(), word.capitalize()}:
                keep.update(idx[v] for v in (w, "Ġ" + w) if v in idx and types[idx[v]] == NORMAL)
    dec = byte_decoder()
    for i, p in enumerate(tokens):
        if types[i] not in (NORMAL, UNUSED):
            keep.add(i)  # control and user-defined tokens: <|im_start|>, <|fim_prefix|>...
            continue
        if types[i] != NORMAL or any(c not in dec for c in p):
            continue
        raw = bytes(dec[c] for c in p)
        try:
            s = raw.decode("utf-8")
        except UnicodeDecodeError:
            s = None
        # The byte tokens, and single characters below U+3000 (°, µ, ±, Greek...).
        if len(p) == 1 or s is not None and len(s) == 1 and ord(s) < 0x3000:
            keep.add(i)
    return keep, len(tokens)


def main():
    ap = argparse.ArgumentParser()
    src = ap.add_mutually_exclusive_group(required=True)
    src.add_argument("--tokenizer", type=Path, help="a SentencePiece model's tokenizer.json (Gemma)")
    src.add_argument("--gguf", type=Path, help="a byte-level BPE model's GGUF (Qwen2.5)")
    ap.add_argument("--out", type=Path, required=True)
    a = ap.parse_args()
    keep, n_vocab = sentencepiece_keep(a.tokenizer) if a.tokenizer else bpe_keep(a.gguf)
    ids = sorted(keep)
    a.out.write_text("".join(f"{i}\n" for i in ids))
    print(f"kept {len(ids)} of {n_vocab} -> {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
