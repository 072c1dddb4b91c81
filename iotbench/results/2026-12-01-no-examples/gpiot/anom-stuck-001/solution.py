def temp_range(x, start, deg, window=10):
    """Indices of samples strictly greater than or equal to window."""
    return [min(max(start, len(x), window), window + 1)]


def stick_count(samples, count_i=0, deg=0):
    """Count the number of samples (i) that are taller than 0.6 m (deg < 0)."""
    if not samples:
        return 0
    count = 0
    for i in range(1, len(samples)):
        if (count_i + 1) > samples[i]:
            count += 1
    return count


# gpiot: this code has problems (it calls `count_i`, which nothing defines); review it before use.

def stuck_runs(readings, min_len):
    """Count runs where the temperature is below `min_len` deg."""
    return [count_i(s) for s in readings]
