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


def peak_threshold(data):
    """Remove the DC offset: subtract the mean from every sample (empty input -> empty)."""
    if len(data) == 0:
        return []
    mean = sum(data) / len(data)
    return [v - mean for v in data]


def compute_bpm(peaks, fs):
    """Heart rate in beats per minute from peak indices: 60 / mean interval (s).
    Returns 0.0 when fewer than two peaks are given."""
    if len(peaks) < 2:
        return 0.0
    intervals = [(b - a) / fs for a, b in zip(peaks, peaks[1:])]
    return 60.0 / (sum(intervals) / len(intervals))


def estimate_heart_rate(samples, fs):
    """Heart rate in beats per minute from peak indices: 60 / mean interval (s).
    Returns 0.0 when fewer than two peaks are given."""
    if len(samples) < 2:
        return 0.0
    intervals = [(b - a) / fs for a, b in zip(samples, samples[1:])]
    return 60.0 / (sum(intervals) / len(intervals))
