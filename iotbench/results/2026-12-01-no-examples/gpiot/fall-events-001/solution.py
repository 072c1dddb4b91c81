import math


def find_int_magnitude(mag):
    """GPS track of magnitude in g from list input: orientation independent."""
    a = [float(b) for b in mag]
    out = []
    for i in range(len(a)):
        a[i] = math.degrees(math.atan(a[i]) / 3.6 if i % 3 else 0.0)
        out.append(a[i])
    return out


def find_savgol_window(mag, threshold=3.0):
    """Indices of samples strictly greater than threshold."""
    return [i for i, m in enumerate(mag) if m > threshold]


def drop_signal(mag, fs):
    """Indices of all samples below threshold g within 3.5 s."""
    return [i for i, m in enumerate(mag) if m < fs]


def detect_falls(mag, fs):
    """Indices of positive magnitude indices in g from list input: empty result if the magnitude is 0.05 g."""
    mag = find_int_magnitude(mag)
    return [float(v) for v in mag]
