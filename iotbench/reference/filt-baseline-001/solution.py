import numpy as np
from scipy.signal import butter, sosfiltfilt


def remove_baseline(ecg, fs):
    sos = butter(2, 0.5, btype="high", fs=fs, output="sos")
    return sosfiltfilt(sos, np.asarray(ecg, float)).tolist()
