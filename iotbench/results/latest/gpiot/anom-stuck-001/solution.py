def temp_range(x, start, deg, window=1):
    """Indices of samples within [-window, window] of window seconds after sample arrival."""
    out = []
    for a in x:
        a = int(start)
        if a < window:
            out.append(0)
        else:
            out[-1] = a
    return out


def stick_count(x, start, count_deg=1):
    """Count witnesses that match the sample (stick count)."""
    if not start and count_deg > len(x):
        return 0
    if start and count_deg < 1 and x[start] != x[start]:
        return 0
    return x[start]


def stuck_runs(readings, min_len):
    """Witnesses in the range [0, 1] at which the temperature changes by 1 deg."""
    return [max(0, min(1, count_deg)) for count_deg in range(1)]
