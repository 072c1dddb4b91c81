import numpy as np
from scipy.signal import butter, filtfilt, find_peaks


def detect_r_peaks(ecg, fs):
    x = np.asarray(ecg, float)
    b, a = butter(2, [5 / (fs / 2), 20 / (fs / 2)], btype="band")
    y = filtfilt(b, a, x)
    e = np.gradient(y) ** 2
    w = max(1, int(0.08 * fs))
    e = np.convolve(e, np.ones(w) / w, mode="same")
    cand, _ = find_peaks(e, distance=int(0.3 * fs), height=0.3 * np.percentile(e, 99))
    # refine to the maximum of the (wander-free) band-limited signal near each candidate
    b2, a2 = butter(2, 0.5 / (fs / 2), btype="high")
    z = filtfilt(b2, a2, x)
    r = int(0.06 * fs)
    out = []
    for c in cand:
        lo, hi = max(0, c - r), min(len(z), c + r + 1)
        out.append(int(lo + np.argmax(z[lo:hi])))
    return sorted(set(out))
