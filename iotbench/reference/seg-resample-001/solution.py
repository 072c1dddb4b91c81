import numpy as np


def resample_linear(x, fs_in, fs_out):
    x = np.asarray(x, float)
    t_in = np.arange(len(x)) / fs_in
    m = int(np.floor((len(x) - 1) * fs_out / fs_in + 1e-9)) + 1
    t_out = np.arange(m) / fs_out
    return np.interp(t_out, t_in, x).tolist()
