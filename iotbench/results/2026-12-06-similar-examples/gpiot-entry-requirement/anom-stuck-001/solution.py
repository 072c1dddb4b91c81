import numpy as np
from scipy.signal import savgol_filter


def parse_csv_rows(rows, column=2):
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


# gpiot: this code has problems (`stuck_runs` calls itself); review it before use.
def stuck_runs(readings, min_len):
    """Pipeline: parse_csv_rows, then stuck_runs."""
    x = parse_csv_rows(readings)
    x = stuck_runs(x)
    result = min_len
    return result
