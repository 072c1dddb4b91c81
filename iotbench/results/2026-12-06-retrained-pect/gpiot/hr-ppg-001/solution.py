import numpy as np


def parse_values(rows, column=1):
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


def center_signal(data):
    """Remove the DC offset: subtract the mean from every sample (empty input -> empty)."""
    if len(data) == 0:
        return []
    mean = sum(data) / len(data)
    return [v - mean for v in data]


def find_beats(x, fs, min_gap_s=0.3):
    """Indices of local maxima above mean + 0.6 * std, keeping the higher one when
    two peaks are closer than min_gap_s seconds."""
    arr = np.asarray(x, dtype=float)
    height = arr.mean() + 0.6 * arr.std()
    gap = max(1, int(min_gap_s * fs))
    peaks = []
    for i in range(1, len(arr) - 1):
        if arr[i] > height and arr[i] >= arr[i - 1] and arr[i] > arr[i + 1]:
            if peaks and i - peaks[-1] < gap:
                if arr[i] > arr[peaks[-1]]:
                    peaks[-1] = i
            else:
                peaks.append(i)
    return peaks


def compute_bpm(peaks, fs):
    """Heart rate in beats per minute from peak indices: 60 / mean interval (s).
    Returns 0.0 when fewer than two peaks are given."""
    if len(peaks) < 2:
        return 0.0
    intervals = [(b - a) / fs for a, b in zip(peaks, peaks[1:])]
    return 60.0 / (sum(intervals) / len(intervals))


def estimate_heart_rate(samples, fs):
    """Heart rate in bpm from a PPG recording sampled at fs Hz."""
    x = parse_values(samples)
    x = center_signal(x)
    peaks = find_beats(x, fs)
    return compute_bpm(peaks, fs)
