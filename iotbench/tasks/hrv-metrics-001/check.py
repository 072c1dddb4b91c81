"""Judge for hrv-metrics-001: R peaks of a simulated 2-minute ECG (data/SOURCE.md) + synthetic."""
import sys

import numpy as np

import solution


def want(peaks, fs):
    rr = np.diff(np.asarray(peaks, float)) * 1000.0 / fs
    d = np.diff(rr)
    return {"mean_hr": 60000.0 / rr.mean(), "sdnn": rr.std(ddof=1),
            "rmssd": np.sqrt(np.mean(d ** 2)), "pnn50": 100.0 * np.mean(np.abs(d) > 50)}


rng = np.random.default_rng(5)
rr = np.clip(700 + np.cumsum(rng.normal(0, 25, 150)) * 0.3 + rng.normal(0, 40, 150), 400, 1400)
synth = np.concatenate([[37], 37 + np.cumsum(np.round(rr * 128 / 1000))]).astype(int)
cases = [(np.load("data/rpeaks_250hz.npy").astype(int), 250), (synth, 128),
         (np.array([0, 100, 230, 330]), 100)]
for peaks, fs in cases:
    got = solution.hrv_metrics([int(p) for p in peaks], fs)
    w = want(peaks, fs)
    for k, v in w.items():
        try:
            g = float(got[k])
        except Exception as e:
            print(f"result has no usable {k!r}: {e!r}")
            sys.exit(1)
        if not abs(g - v) <= 1e-3 * max(1.0, abs(v)):
            print(f"{len(peaks)} peaks at {fs} Hz: {k} = {g}, want {v:.4f}")
            sys.exit(1)
print("ok")
