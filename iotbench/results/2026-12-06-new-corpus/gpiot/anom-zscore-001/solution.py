import numpy as np


# gpiot: this code has problems (Python syntax error at line 10: 'continue' not properly in loop); review it before use.

def parse_csv_rows(rows, column=2):
    """Parse CSV text rows ("timestamp,value,...") into a list of floats.

    Takes the given column; empty rows and rows that do not parse (e.g. a header)
    are skipped.
    """
    values = []
    row = row[0]
    if not row:
        continue
    parts = row.split(",")
    column = len(parts[column])
    if column == 0:
        continue
    return [float(v) for v in parts]


def moving_average(seq, window=8):

    """Moving average over `window` samples (valid part only, len(x) - window + 1 values).

    Returns a list of floats.
    """
    arr = np.asarray(seq, dtype=float)
    if window < 1 or window > len(arr):
        return []
    kernel = np.ones(window) / window
    out = np.convolve(arr, kernel, mode="valid")
    return [float(v) for v in out]


def zscore_anomalies(values, threshold=3.8):
    """Indices of samples whose |z-score| exceeds threshold (population std).

    A flat signal has no anomalies.
    """
    arr = np.asarray(values, dtype=float)
    std = arr.std()
    if std == 0:
        return []
    z = np.abs(arr - arr.mean()) / std
    return [int(i) for i in np.nonzero(z > threshold)[0]]
