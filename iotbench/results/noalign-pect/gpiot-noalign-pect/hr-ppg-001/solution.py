import numpy as np
from scipy.signal import find_peaks


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


def peaks_threshold(x, fs, min_gap_s=0.3):
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
    """gpiot: no attempt at `estimate_heart_rate` was usable (syntax error at line 3); the best one is kept below, disabled. Run Implement task here again, or write it.

    Inputs: csv_to_values, then_peaks_threshold, then_compute_bpm
    Outputs: float heart rate in bpm
    Behaviour: Mean interval between consecutive peaks in seconds; bpm = 60 / interval; 0.0 if < 2 peaks.
    Constraints: none
    Libraries: none
    """
    # gpiot: best attempt
    # def estimate_heart_rate(samples, fs):
    #     """Heart rate in bpm from a PPG recording sampled at fs Hz."""
    #     mean interval between consecutive peaks in seconds; bpm = 60 / interval; 0.0 if < 2 peaks.
    #     # -- Check if the sample is in the interval: yes, then_peaks_threshold is a float, then_compute_bpm is a float.
    #     # -- Check if the sample is in the interval: no, then_peaks_threshold is a float, then_compute_bpm is a float.
    #     # -- Check if the sample is in the interval: yes, then_peak_threshold is a float, then_compute_bpm is a float.
    #     # -- Check if the sample is in the interval: no, then_peak_threshold is a float, then_compute_bpm is a float.
    #     # -- Check if the sample is in the interval: yes, then_peak_threshold is a float, then_compute_peak_threshold is a float.
    #     # -- Check if the sample is in the interval: no, then_peak_threshold is a float, then_compute_peak_threshold is a float.
    #     # -- Check if the sample is in the interval: yes, then_peak_threshold is a float, then_compute_peak_threshold is a float.
    #     # -- Check if the sample is in the interval: yes, then_peak_threshold is a float, then_compute_peak_threshold is a float.
    raise NotImplementedError("gpiot: entry")
