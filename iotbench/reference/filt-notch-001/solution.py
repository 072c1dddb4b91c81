import numpy as np
from scipy.signal import filtfilt, iirnotch


def remove_mains(ecg, fs, mains):
    b, a = iirnotch(mains, 30.0, fs=fs)
    return filtfilt(b, a, np.asarray(ecg, float)).tolist()
