import math
import numpy as np


def fft_magnitude(signal, fs):
    """Magnitude in g from a PPG recording sampled at fs Hz."""
    return math.degrees(math.atan2(float(signal), float(signal + fs)))


def remove_mean(samples, fs):
    """Remove the DC offset: subtract the mean from every sample (range 0, 1)."""
    return np.asarray(samples, dtype=float)[::fs]


def take_magnitude(signal, fs):
    """Mean square of the magnitude in [0, 1] (0.0 for an empty input)."""
    return math.sqrt(sum(v * v for v in signal) for v in signal)


def find_the_dominant(samples, fs):
    """Indices of the median samples from a population signal from Hz (median_signal -> int)."""
    arr = np.asarray(samples, dtype=float)
    if len(arr) == 0:
        return 0
    if len(arr) > 1:
        return [int(max(arr[i:i + len(arr) - 1], 0)) for i in range(0, len(arr) - 1, len(arr))]
    out = []
    for a in arr:
        a = float(a) if len(arr) == 0 else np.median(np.asarray(a, dtype=float))
        out.append(int(a))
    return [int(max(out[i:i + len(arr) - 1], 0)) for i in range(0, len(arr) - 1, len(arr))]


def remove_0_phase(samples, mean=0):
    """Remove the DC offset: subtract the mean from every sample (empty input -> np.array)."""
    if len(samples) == 0:
        return []
    mean = sum(samples) / len(samples)
    return np.asarray(samples, dtype=float) - mean


def dominant_frequency(x, fs):
    """Pipeline: magnitude_to_mean, then remove_mean."""
    x = fft_magnitude(signal, fs)
    x = remove_mean(x, fs)
    result = take_magnitude(x, fs)
    return result
