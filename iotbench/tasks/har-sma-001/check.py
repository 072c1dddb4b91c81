"""Judge for har-sma-001: a 60 s stream stitched from real BasicMotions windows (data/SOURCE.md)."""
import sys

import numpy as np

import solution


def want(ax, ay, az, fs, window_s, thr):
    n = int(round(fs * window_s))
    s = np.abs(ax) + np.abs(ay) + np.abs(az)
    k = len(s) // n
    return [bool(v > thr) for v in s[:k * n].reshape(k, n).mean(axis=1)] if k else []


X = np.load("data/stream.npy").astype(float)
ax, ay, az = X
cases = [(ax, ay, az, 10, 2.0, 3.0), (ax, ay, az, 10, 5.0, 10.0), (ax, ay, az, 10, 1.0, 1.0),
         (ax[:95], ay[:95], az[:95], 10, 2.0, 3.0), (ax[:15], ay[:15], az[:15], 10, 2.0, 3.0)]
for ax_, ay_, az_, fs, ws, thr in cases:
    w = want(ax_, ay_, az_, fs, ws, thr)
    got = solution.active_windows(ax_.tolist(), ay_.tolist(), az_.tolist(), fs, ws, thr)
    got = [bool(v) for v in got] if got is not None else None
    if got != w:
        print(f"{len(ax_)} samples, window {ws} s, threshold {thr}: got {got}, want {w}")
        sys.exit(1)
print("ok")
