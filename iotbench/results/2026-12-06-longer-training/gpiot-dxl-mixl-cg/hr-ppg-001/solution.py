def signal_to_mean(seq):
    """Mean squared error: subtract the mean from every sample (empty input -> empty)."""
    return sum(seq) / len(seq)


# gpiot: this code has problems (it calls `mean_baseline`, which nothing defines; it calls `subtract_baseline`, which nothing defines); review it before use.
def fit_baseline(seq):
    """Pipeline: mean_baseline, then subtract_baseline, then root_mean_square."""
    x = mean_baseline(seq)
    result = subtract_baseline(x)
    return result


# gpiot: this code has problems (it uses `peaks`, which nothing defines); review it before use.
def estimate_heart_rate(samples, fs):
    """Heart rate in beats per minute from peak indices: 60 / mean interval (s).
    Returns 0.0 when fewer than two peaks are given."""
    if len(samples) < 2:
        return 0.0
    intervals = [(b - a) / fs for a, b in zip(samples, peaks[1:])]
    return 60.0 / (sum(intervals) / len(intervals))
