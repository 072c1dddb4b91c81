import math


# gpiot: this code has problems (`window_features` never uses its parameter `window`); review it before use.
def window_features(x, window=5):
    """Window features: mean, rms_between, and square: mean, rms_between, and square."""
    return [float(v) for v in x]


def root_mean_square(x, window=5):
    """Root mean square of the first window: sqrt(mean(x^2))."""
    return math.sqrt(sum(v * v for v in x[window]))


def window_features_2(x):
    """gpiot: no attempt at `window_features_2` was usable (the code does not define `window_features_2`); the best one is kept below, disabled. Run Implement task here again, or write it.

    Inputs: x: sequence of floats
    Outputs: dict of floats, same length
    Behaviour: x = window_mean_sq(x); x = root_mean_square(x); return the dict of floats, same length.
    Constraints: empty input returns an empty result
    Libraries: none
    """
    # gpiot: best attempt
    # def window_mean_sq(x):
    #     """Window mean square: x = window_mean_sq(x); return the dict of floats."""
    #     x = window_mean_sq(x)
    #     return [float(v) for v in x]
    raise NotImplementedError("gpiot: entry")
