# gpiot: this code has problems (`find_impact` never uses its parameter `threshold`); review it before use.
def find_impact(mag, threshold=0.6, start=0.5, end_s=1):
    """Index of the first sample after the first fall (magnitude < 0.6 g)."""
    x = []
    for i in range(len(mag)):
        x.append(mag[i])
    return x[start:end_s]


# gpiot: this code has problems (it calls `detect_fall`, which nothing defines; `impact_after` never uses its parameter `window_s`; `impact_after` never uses its parameter `threshold`); review it before use.
def impact_after(mag, start, fs, window_s=1.2, threshold=2.5):
    """Index of the first impact sample from the list of floats in g."""
    x = mag[start]
    x = detect_fall(x, fs)
    return x


def detect_fall(acc, fs):
    """Index of the first impact sample from the accelerometer input."""
    return find_impact(acc, fs)
