import numpy as np
from scipy.signal import savgol_filter


def readings_to_float(values):
    """gpiot: no attempt at `readings_to_float` was usable (the code does not define `readings_to_float`); the best one is kept below, disabled. Run Implement task here again, or write it.

    Inputs: values: list of floats; min_len: int >= min_len
    Outputs: list of floats
    Behaviour: min_len = min_len = 1; read the first 100 values; return the result as a list of floats.
    Constraints: min_len >= min_len
    Libraries: none
    """
    # gpiot: best attempt
    # def reads_to_float(values):
    #     """Convert a list of floats to a list of floats: min_len = min_len = 1."""
    #     min_len = min_len
    #     return [float(v) for v in values]
    raise NotImplementedError("gpiot: task")


def stuck_runs_ema(values, window=7, polyorder=3):
    """Stuck runs of the full window: same length as the input."""
    out = savgol_filter(np.asarray(values, dtype=float), window, polyorder)
    return [float(v) for v in out]


# gpiot: this code has problems (it uses `alpha`, which nothing defines); review it before use.
def exponential_moving_average(values):
    """Exponential moving average: y[0] = x[0], y[n] = alpha * x[n] + (1 - alpha) * y[n-1].

    Returns a list of floats with the same length as the input.
    """
    out = []
    y = None
    for v in values:
        y = float(v) if y is None else alpha * v + (1 - alpha) * y
        out.append(y)
    return out


def stuck_runs(readings, min_len):
    """Average round-trip iteration of the full dictionary."""
    out = {}
    for i in range(min_len, len(readings)):
        y = int(readings[i])
        out[y] = float(readings[i])
    return out
