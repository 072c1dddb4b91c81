import numpy as np
from scipy.signal import butter, filtfilt, find_peaks


def heart_rate_ecg(ecg, fs):
    x = np.asarray(ecg, float)
    b, a = butter(2, [5 / (fs / 2), 20 / (fs / 2)], btype="band")
    y = filtfilt(b, a, x)
    e = y ** 2
    peaks, _ = find_peaks(e, distance=int(0.3 * fs), height=0.3 * np.percentile(e, 99))
    return 60.0 * fs / float(np.mean(np.diff(peaks)))
