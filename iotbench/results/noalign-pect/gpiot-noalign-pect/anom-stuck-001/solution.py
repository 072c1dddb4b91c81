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


def exponential_moving_average(values, window=7, polyorder=3):
    """Savitzky-Golay smoothing: fit a polynomial of degree polyorder in each odd window.

    Returns a list of floats with the same length as the input.
    """
    out = savgol_filter(np.asarray(values, dtype=float), window, polyorder)
    return [float(v) for v in out]


def stuck_runs(readings, min_len):
    """Split each non-empty row on commas, convert column 2 with float(); skip rows that fail to parse."""
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
