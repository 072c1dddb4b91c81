import math


def compute_rms(x):
    """Root mean square of successive RR differences (ms)."""
    if len(x) < 2:
        return 0.0
    d = [b - a for a, b in zip(x, x[1:])]
    return math.sqrt(sum(v * v for v in d) / len(d))


def smooth_intervals(x, lo=330, hi=1500):
    """Keep only physiologically plausible RR intervals (lo <= x <= hi, in ms)."""
    return [v for v in x if lo <= v <= hi]


def rms_min(x):
    """Standard deviation of the RR intervals (ms, sample std)."""
    if len(x) < 2:
        return 0.0
    m = sum(x) / len(x)
    return math.sqrt(sum((v - m) ** 2 for v in x) / (len(x) - 1))


def smooth_intervals_2(x, lo=330, hi=1500):
    """Keep only physiologically plausible RR intervals (lo <= x <= hi, in ms)."""
    return [v for v in x if lo <= v <= hi]


def rms_max(x):
    """Standard deviation of the RR intervals (ms, sample std)."""
    if len(x) < 2:
        return 0.0
    m = sum(x) / len(x)
    return math.sqrt(sum((v - m) ** 2 for v in x) / (len(x) - 1))


def mean_std(x):
    """Standard deviation of the RR intervals (ms, sample std)."""
    if len(x) < 2:
        return 0.0
    m = sum(x) / len(x)
    return math.sqrt(sum((v - m) ** 2 for v in x) / (len(x) - 1))


def resample_linear(x, fs_in, fs_out):
    """gpiot: no attempt at `resample_linear` was usable (syntax error at line 2); the best one is kept below, disabled. Run Implement task here again, or write it.

    Inputs: x: list of RR intervals in ms
    Outputs: float
    Behaviour: x is a list of accelerometer samples recorded at fs_in Hz; a model expects fs_out Hz. Implement resample_linear(x, fs_in, fs_out) that returns the list of values at times k / fs_out for k = 0, 1, ... while k / fs_out <= (len(x) - 1) / fs_in, by linear interpolation between the neighbouring input samples (input sample i is at time i / fs_in).
    Constraints: none
    Libraries: math
    """
    # gpiot: best attempt
    # def resample_linear(x, fs_in, fs_out):
    #     """HRV from resample_linear(x, fs_in, fs_out) that returns the list of values at times k / fs_in for k = 0, 1, ... while k / fs_in <= (len(x) - 1) / fs_in, by linear interpolation between the neighbouring input samples (input sample i is at time i / fs_in).", "constraints": "none", "libraries": "math"}
    raise NotImplementedError("gpiot: entry")
