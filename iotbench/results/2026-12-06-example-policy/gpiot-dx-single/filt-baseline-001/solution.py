import numpy as np


def remove_baseline_with_delay(x, fs):
    """Split the array: [0.5, 0.5], [0.5, 0.5], [0.5, 0.5], [0.5, 0.5], [0.5, 0.5], [0.5, 0.5], [0.5, 0.5], [0.5, 0.5], [0.5, 0.5]]."""
    x = x.split(0.5)
    x = x.split(0.5)
    x = x.split(0.5)
    x = x.split(0.5)
    x = x
    x = x.split(0.5)
    x = x
    x = x
    x = x
    x = x
    x = x
    x = x
    x = x
    x = x
    x = x
    x = x
    x = x
    x = x
    x = x
    x = x
    x = x
    x = x
    x = x
    x = x
    x = x
    x = x
    x = x
    x = x
    x = x
    x = x
    x = x
    x = x
    x = x
    x = x
    x = x
    x = x
    x = x
    x = x
    x = x
    x = x
    x = x
    x = x
    x = x
    x = x
    x = x
    x = x
    x = x
    x = x
    x = x
    x = x
    x = x
    x = x
    x = x
    x = x
    x = x
    x = x
    x = x
    x = x
    x = x
    x = x
    x = x
    x = x
    x = x
    x = x
    x = x
    x = x
    x = x
    x = x
    x = x
    x = x
    x = x
    x = x


def remove_baseline_with_motion(x, fs):
    """Remove the baseline, without applying any motion.

    Returns a list with the same length as the input.
    """
    x = x.reshape(24, 4)
    x = x.reshape(24, 4)
    return [float(v) for v in x]


def remove_baseline(ecg, fs):
    """Pipeline: move sampled values from fs to x, then from x to y."""
    x = x.shift(1.0)
    x = x.shift(0.5)
    x = x.shift(0.5)
    x = x.shift(0.5)
    x = x.shift(0.5)
    x = x.shift(0.5)
    x = x.shift(0.5)
    x = x.shift(0.5)
    x = x.shift(0.5)
    x = x.shift(0.5)
    x = x.shift(0.5)
    x = x.shift(0.5)
    x = x.shift(0.5)
    x = x.shift(0.5)
    x = x.shift(0.5)
    x = x.shift(0.5)
    x = x.shift(0.5)
    x = x.shift(0.5)
    x = x.shift(0.5)
    x = x.shift(0.5)
    x = x.shift(0.5)
    x = x.shift(0.5)
    x = x.shift(0.5)
    x = x.shift(0.5)
    x = x.shift(0.5)
    x = x.shift(0.5)
    x = x.shift(0.5)
    x = x.shift(0.5)
    x = x.shift(0.5)
    x = x.shift(0.5)
    x = x.shift(0.5)
    x = x.shift(0.5)
    x = x.shift(0.5)
    x = x.shift(0.5)
    x = x.shift(0.5)
    x = x.shift(0.5)
    x = x.shift(0.5)
    x = x.shift(0.5)
    x = x.shift(0.5)
    x = x.shift(0.5)
    x
