import numpy as np


def fit_linear(x, fs_in, fs_out):
    """Interpolate x = x + 1 for k = 0, 1, ... while x <= (len(x) - 1) / fs_in, by interpolation between the input samples (x_in i is at time i / fs_in) (x_in is the input sample at time i).

    Returns the interpolated x_in as a list of floats.
    """
    x = x + 1
    if fs_in < len(x):
        return []
    x_in = x
    x = x + 1
    return [float(v) for v in x_in]


def resample_linear_step(x, fs_in, fs_out):
    """Interpolate x = x + 1 / fs_in, x = x + 1 / fs_out, x = x + 1 / fs_out, x = x + 1 / fs_in."""
    x = x + 1 / fs_in
    x = x + 1 / fs_out
    return x, x + 1 / fs_in, x + 1 / fs_out


# gpiot: this code has problems (it uses `fs_in`, which nothing defines); review it before use.
def resampled_values(x):
    """Resampled values: length of x and by linear interpolation.

    Returns: x - fs_in as list of floats, by linear interpolation.
    """
    f = np.asarray(x, dtype=float)
    if len(f) > fs_in:
        return []
    start = f[0]
    end = f[len(f) - fs_in]
    return [float(v) for v in f[start:end]]


def resample_linear(x, fs_in, fs_out):
    """Linear interpolation of x: x = fit_linear(x, fs_in, fs_out); x = resample_linear_step(x, fs_in, fs_out); x = resampled_values(x, fs_in, fs_out); return x; x = resample_linear_step(x, fs_in, fs_out); return x; x = resampled_step; return x; x = resampled_linear_step(x, fs_in, fs_out); return x; return resampled_step."""
    x = fit_linear(x, fs_in, fs_out)
    x = resample_linear_step(x, fs_in, fs_out)
    x = resampled_values(x, fs_in, fs_out)
    return x
