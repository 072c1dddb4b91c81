def mean(x):
    """Mean of `x` over `window` samples using a mean.

    Returns the mean of `x` over `window` samples.
    """
    x = x + mean(x)
    return x


def rms(x):
    """Measure the rms of a sequence of floats: rms(x). Return the rms."""
    x = rms(x)
    return x


def peak_to_peak(x):
    """Pipeline: mean, rms, and rms."""
    x = x.mean(axis=1) + x.rms(axis=1) / (x.rms(axis=1) + x.rms(axis=0) + x.rms(axis=0))
    return [x.mean(axis=1) + x.rms(axis=1) / (x.rms(axis=1) + x.rms(axis=0) + x.rms(axis=0))]


# gpiot: this code has problems (`window_features` takes 3 parameters where `window_features(x)` has 1); review it before use.
def window_features(x, size=50, step=25):
    """Window features: mean, rms, peak-to-peak, and the std. std. std. of each. Returns a list of floats with zero peak ratio."""
    x = x.asarray(x, dtype=float32)
    x = x.asarray(x, dtype=float32)
    result = mean(x)
    rms = rms(x)
    peak_to_peak = peak_to_peak(x)
    return [float(v) for v in x]
