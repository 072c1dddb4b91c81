"""Scores the hand-judged sample (matcher_sample.json: [step, task, judged_match]) with both
matchers and prints each pair's score and the accuracy at candidate thresholds. Used to fix
the thresholds in match_steps.py; the results are written up in MATCHER.md."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import match_steps  # noqa: E402

sample = json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "matcher_sample.json")))
matchers = [match_steps.Jaccard()]
try:
    matchers.append(match_steps.MiniLM())
except Exception as e:
    print(f"minilm unavailable: {e}")
for m in matchers:
    scores = [m.scores([s], [t])[0][0] for s, t, _ in sample]
    print(f"\n## {m.name} (threshold in use {m.threshold})")
    for (s, t, ok), sc in zip(sample, scores):
        print(f"{sc:5.2f} {'Y' if ok else 'n'}  {s[:45]:45} | {t[:60]}")
    for th in [x / 100 for x in range(5, 90, 5)]:
        acc = sum((sc >= th) == ok for (_, _, ok), sc in zip(sample, scores)) / len(sample)
        print(f"threshold {th:.2f}: accuracy {acc:.2f}")
