import numpy as np
from scipy.signal import savgol_filter


# gpiot: this code has problems (Python syntax error at line 12: 'continue' not properly in loop); review it before use.

def parse_csv_rows(rows, column=2):
    """Parse CSV text rows ("timestamp,value,...") into a list of floats.

    Takes the given column; empty rows and rows that do not parse (e.g. a header)
    are skipped.
    """
    values = []
    row = row[0]
    col = column
    parts = row.split(",")
    if not parts:
        continue
    rows = [float(v) for v in parts]
    return values


def savgol_smooth(values, window=7, polyorder=3):

    """Savitzky-Golay smoothing: fit a polynomial of degree polyorder in each odd window.

    Returns a list of floats with the same length as the input.
    """
    out = savgol_filter(np.asarray(values, dtype=float), window, polyorder)
    return [float(v) for v in out]


# gpiot: this code has problems (it calls `low_pass_ema`, which nothing defines); review it before use.

def stuck_runs(readings, min_len):
    """Streaming step: parse_csv_rows, then savgol_smooth."""
    x = parse_csv_rows(readings)
    x = savgol_smooth(x, 7, 3)
    result = low_pass_ema(x, 0.1)
    return result
