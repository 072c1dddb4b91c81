import numpy as np


def csv_to_values(rows, column=1):
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


def locate_peaks(x, fs, min_gap_s=0.35):
    """Indices of local maxima above mean + 0.8 * std, keeping the higher one when
    two peaks are closer than min_gap_s seconds."""
    arr = np.asarray(x, dtype=float)
    height = arr.mean() + 0.8 * arr.std()
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


# gpiot: this code has problems (it calls `compute_bpm`, which nothing defines); review it before use.
def estimate_heart_rate(samples, fs):
    """Heart rate in bpm from a PPG recording sampled at fs Hz."""
    x = csv_to_values(samples)
    x = center_signal(x)
    peaks = locate_peaks(x, fs)
    return compute_bpm(peaks, fs)
