import numpy as np


def magnitude_peak(mag, fs, window_s=5.0):
    """gpiot: no attempt at `magnitude_peak` was usable (syntax error at line 5); the best one is kept below, disabled. Run Implement task here again, or write it.

    Inputs: mag: list of floats; fs: Hz; window_s: seconds
    Outputs: float magnitude in g
    Behaviour: Window length n = int(5.0 * fs) samples (window_s = 5.0 s), no overlap, partial window dropped; population std of each.
    Constraints: none
    Libraries: numpy
    """
    # gpiot: best attempt
    # def magnitude_peak(mag, fs, window_s=5.0):
    #     """Magnitude of the peak of the magnitude in consecutive non-overlapping windows of window_s seconds."""
    #     n = int(window_s * fs)
    #     arr = np.asarray(mag, dtype=float)
    #     return [float(arr[i:i + n].std()] for i in range(0, len(arr) - n + 1, n)]
    raise NotImplementedError("gpiot: task")


def mean_peak(mag, fs):
    """Mean of peaks from first full frame: mean of mag * fs Hz."""
    mean = float(mag) / fs
    return mean


def mean_std(mag, fs):
    """Mean of mag across all consecutive windows (1-s-window) of fs seconds."""
    mean = float(mag) / fs
    return mean


def mean_std_step(mag, fs):
    """Standard deviation of the magnitude in consecutive non-overlapping windows of window_s seconds."""
    n = int(fs * fs)
    arr = np.asarray(mag, dtype=float)
    return [float(arr[i:i + n].std()) for i in range(0, len(arr) - n + 1, n)]


# gpiot: this code has problems (it uses `mean_std_step_step`, which nothing defines); review it before use.
def cadence_spm(mag, fs):
    """Mag in g: mean_peak, mean_std, mean_std_step, mean_std_step_step. Mean_peak = mag_peak; mean_std = mean_std_step; mean_std_step = mean_std_step_step; mean_std_step = mean_std_step_step."""
    mag_peak = mag_peak(mag)
    mean_peak = mean_peak
    mean_std = mean_std_step
    mean_std_step = mean_std_step_step
    mean_std_step = mean_std_step_step
    return mag_peak, mean_peak, mean_std, mean_std_step, mean_std_step_step
