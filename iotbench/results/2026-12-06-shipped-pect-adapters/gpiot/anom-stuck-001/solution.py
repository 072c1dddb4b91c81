import numpy as np
from scipy.signal import savgol_filter


def parse_values(rows, column=2):
    """Parse CSV text rows ("timestamp,value,...") into a list of floats.

    Takes the given column; empty rows and rows that do not parse (e.g. a header)
    are skipped.
    """
    values = []
    for row in rows:
        row = row.strip()
        if not row:
            continue
        parts = row.split(",")
        try:
            values.append(float(parts[column]))
        except (ValueError, IndexError):
            continue
    return values


def savgol_smooth(values, window=7, polyorder=3):
    """Savitzky-Golay smoothing: fit a polynomial of degree polyorder in each odd window.

    Returns a list of floats with the same length as the input.
    """
    out = savgol_filter(np.asarray(values, dtype=float), window, polyorder)
    return [float(v) for v in out]


def low_pass_ema(samples, alpha=0.1):
    """Exponential moving average: y[0] = x[0], y[n] = alpha * x[n] + (1 - alpha) * y[n-1].

    Returns a list of floats with the same length as the input.
    """
    out = []
    y = None
    for v in samples:
        y = float(v) if y is None else alpha * v + (1 - alpha) * y
        out.append(y)
    return out


def stuck_runs(readings, min_len):
    """Split each non-empty row on commas, convert it with parse_values(); then savgol_smooth, then low_pass_ema."""
    values = []
    for row in readings:
        row = row.strip()
        if not row:
            continue
        parts = row.split(",")
        try:
            values.append(float(parts[min_len]))
        except (ValueError, IndexError):
            continue
    return values
