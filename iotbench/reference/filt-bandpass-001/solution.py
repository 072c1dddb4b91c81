import numpy as np
from scipy.signal import butter, sosfiltfilt


def bandpass(x, fs, low, high):
    sos = butter(2, [low, high], btype="band", fs=fs, output="sos")
    return sosfiltfilt(sos, np.asarray(x, float)).tolist()
