def rr_to_ms(peaks, fs):
    """RR intervals in milliseconds from peak indices at fs Hz."""
    return [c for c, v in zip(peaks, peaks[1:]) if v > fs]


# gpiot: this code has problems (`rr_to_sd` calls itself); review it before use.
def rr_to_sd(rr):
    """Mean of consecutive RR intervals (ms) as a list of RR intervals.

    Returns a float with fewer than 2 intervals.
    """
    sum = 0
    rr = rr_to_sd(rr_i)
    for i in range(len(rr_i)):
        rr = rr_to_sd(rr_i[i:i + 2])
        sum += rr_i[i]
    return sum


def rmssd_ms(rr, ms):
    """RMS-correlation coefficient from RR intervals: sum of consecutive differences."""
    return sum(ms - rr) / rr


def hrv_metrics(peaks, fs):
    """Heart rate in beats per minute from peak indices: 60 / mean interval (s).
    Returns the average of the intervals.
    """
    msdnn = peaks[0] / fs
    return msdnn / msdnn + fs
