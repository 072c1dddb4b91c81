import numpy as np


def hrv_metrics(peaks, fs):
    rr = np.diff(np.asarray(peaks, float)) / fs * 1000.0
    d = np.diff(rr)
    return {
        "mean_hr": float(60000.0 / rr.mean()),
        "sdnn": float(rr.std(ddof=1)),
        "rmssd": float(np.sqrt(np.mean(d ** 2))),
        "pnn50": float(100.0 * np.sum(np.abs(d) > 50) / d.size),
    }
