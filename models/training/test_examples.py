"""The retrieved-example policy of examples.py: what a training row may be shown before its prompt.

    python3 -m unittest discover -s models/training -p 'test_*.py'
"""
from __future__ import annotations

import unittest
from pathlib import Path
from unittest import mock

import examples

CRC = "uint8_t crc8(const uint8_t *p, int n)\n{\n    uint8_t c = 0;\n    for (int i = 0; i < n; i++) {\n        c ^= p[i];\n    }\n    return c;\n}\n"
CRC_RENAMED = CRC.replace("c ^= p[i]", "c ^= p[i] & 0xff")
# the same kind of function with other details: init, a shift, a final XOR
CRC_SIMILAR = CRC.replace("uint8_t c = 0;", "uint8_t c = 0xFF;").replace("c ^= p[i];", "c ^= p[i];\n        c = (uint8_t)(c << 1);").replace("return c;", "return (uint8_t)(c ^ 0x55);")
EMA = "void ema(const float *in, float *out, int n, float a)\n{\n    out[0] = in[0];\n    for (int i = 1; i < n; i++) out[i] = a * in[i] + (1 - a) * out[i - 1];\n}\n"


def row(rid: str, completion: str) -> dict:
    return {"id": rid, "role": "cg", "language": "c", "prompt": f"<prompt {rid}>\n", "completion": completion}


class ExamplePolicy(unittest.TestCase):
    def attach(self, target: dict, ranked: list[dict]) -> dict:
        corpus = [target, *ranked]
        nearest = {target["id"]: [r["id"] for r in ranked]}
        with mock.patch.object(examples, "nearest_ids", return_value=nearest):
            out, counts = examples.attach([target], 1, Path("unused"), corpus_rows=corpus)
        self.counts = counts
        return out[0]

    def test_the_same_problem_is_never_the_example(self):
        target = row("cg-c-c_protocols-0012-crc8", CRC)
        got = self.attach(target, [row("cg-c-c_protocols-0012-ema", EMA)])
        self.assertEqual(got["prompt"], target["prompt"], "an example from the row's own problem was attached")

    def test_a_near_copy_from_another_problem_is_skipped_for_a_distinct_one(self):
        target = row("cg-c-c_protocols-0012-crc8", CRC)
        near_copy = row("cg-c-c_protocols-0040-crc8", CRC_RENAMED)
        distinct = row("cg-c-c_filters-0003-ema", EMA)
        self.assertGreater(examples.overlap(examples.trigrams(CRC), examples.trigrams(CRC_RENAMED)), examples.MAX_OVERLAP)
        got = self.attach(target, [near_copy, distinct])
        self.assertEqual(got["prompt"], distinct["prompt"] + EMA + "\n" + target["prompt"])
        self.assertEqual(self.counts["near_copies_skipped"], 1)

    def test_no_distinct_candidate_leaves_the_prompt_bare(self):
        target = row("cg-c-c_protocols-0012-crc8", CRC)
        got = self.attach(target, [row("cg-c-c_protocols-0040-crc8", CRC_RENAMED)])
        self.assertEqual(got["prompt"], target["prompt"])
        self.assertEqual(self.counts["with_examples"], 0)

    def test_the_near_copy_share_lets_that_share_of_rows_keep_the_nearest_example(self):
        rows = [row(f"cg-c-c_protocols-{i:04d}-crc8", CRC) for i in range(400)]
        allowed = [r for r in rows if examples.near_copy_allowed(r["id"], 0.5)]
        self.assertTrue(150 < len(allowed) < 250, len(allowed))
        target = allowed[0]
        near_copy = row("cg-c-c_protocols-9999-crc8", CRC_RENAMED)
        distinct = row("cg-c-c_filters-0003-ema", EMA)
        corpus = [target, near_copy, distinct]
        with mock.patch.object(examples, "nearest_ids", return_value={target["id"]: [near_copy["id"], distinct["id"]]}):
            out, _ = examples.attach([target], 1, Path("unused"), corpus_rows=corpus, near_copy_share=0.5)
        self.assertTrue(out[0]["prompt"].startswith(near_copy["prompt"]))

    def test_the_similar_share_prefers_a_similar_function_to_a_near_copy_or_a_distinct_one(self):
        grams = examples.trigrams
        self.assertTrue(examples.MAX_OVERLAP < examples.overlap(grams(CRC), grams(CRC_SIMILAR)) <= examples.SIMILAR_MAX)
        self.assertGreater(examples.overlap(grams(CRC), grams(CRC_RENAMED)), examples.SIMILAR_MAX)
        target = row("cg-c-c_protocols-0012-crc8", CRC)
        near_copy = row("cg-c-c_protocols-9999-crc8", CRC_RENAMED)
        similar = row("cg-c-c_protocols-0040-crc8", CRC_SIMILAR)
        distinct = row("cg-c-c_filters-0003-ema", EMA)
        ranked = [near_copy, distinct, similar]
        with mock.patch.object(examples, "nearest_ids", return_value={target["id"]: [r["id"] for r in ranked]}):
            out, counts = examples.attach([target], 1, Path("unused"), corpus_rows=[target, *ranked], similar_share=1.0)
        self.assertEqual(out[0]["prompt"], similar["prompt"] + CRC_SIMILAR + "\n" + target["prompt"])
        self.assertEqual(counts["similar"], 1)
        # without a similar candidate the row falls back to the distinct policy
        ranked = [near_copy, distinct]
        with mock.patch.object(examples, "nearest_ids", return_value={target["id"]: [r["id"] for r in ranked]}):
            out, counts = examples.attach([target], 1, Path("unused"), corpus_rows=[target, *ranked], similar_share=1.0)
        self.assertEqual(out[0]["prompt"], distinct["prompt"] + EMA + "\n" + target["prompt"])
        self.assertEqual(counts["similar"], 0)


if __name__ == "__main__":
    unittest.main()
