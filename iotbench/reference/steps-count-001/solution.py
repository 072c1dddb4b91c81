import numpy as np
from scipy.signal import butter, filtfilt, find_peaks


def count_steps(ax, ay, az, fs):
    m = np.sqrt(np.asarray(ax, float) ** 2 + np.asarray(ay, float) ** 2 + np.asarray(az, float) ** 2)
    b, a = butter(2, [0.8 / (fs / 2), 3.5 / (fs / 2)], btype="band")
    y = filtfilt(b, a, m - m.mean())
    peaks, _ = find_peaks(y, distance=max(1, int(0.3 * fs)), height=0.1)
    return int(len(peaks))
