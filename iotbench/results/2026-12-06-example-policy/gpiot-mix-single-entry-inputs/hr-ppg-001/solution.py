import numpy as np


def csv_to_values(rows, column=1):
    """Parse CSV text rows ("timestamp,value,...") into a list of floats.

    Takes the given column; empty rows and rows that do not parse (e.g. a header)
    are skipped.
    """
    values = []
    for row in rows:
        row = row.strip()
        parts = row.split(",")
        try:
            values.append(float(parts[column]))
        except (ValueError, IndexError):
            continue
    return values


def center_signal(data):
    """Remove the DC offset: subtract the mean from every sample (empty input -> empty)."""
    if len(data) == 0:
        return []
    mean = sum(data) / len(data)
    return [v - mean for v in data]


# gpiot: this code has problems (`find_peaks` calls itself); review it before use.
def find_peaks(x, fs):
    """Indices of peaks higher than mean + 0.3 * std and at least min_gap_s seconds apart."""
    arr = np.asarray(x, dtype=float)
    height = arr.mean() + 0.3 * arr.std()
    peaks, _ = find_peaks(arr, height=height, distance=max(1, int(min_gap_s * fs)))
    return [int(p) for p in peaks]


def compute_bpm(peaks, fs):
    """Heart rate in beats per minute from peak indices: 60 / mean interval (s).
    Returns 0.0 when fewer than two peaks are given."""
    if len(peaks) < 2:
        return 0.0
    intervals = [(b - a) / fs for a, b in zip(peaks, peaks[1:])]
    return 60.0 / (sum(intervals) / len(intervals))


def estimate_heart_rate(samples, fs):
    """Heart rate in bpm from a PPG recording sampled at fs Hz."""
    x = csv_to_values(samples)
    x = center_signal(x)
    peaks = find_peaks(x, fs)
    return compute_bpm(peaks, fs)
