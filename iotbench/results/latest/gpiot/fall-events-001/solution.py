def find_int_magnitude(mag):
    """Property magnitude per sample (g): sqrt(mag^2 + 2 * mean^2)."""
    if not mag:
        return []
    mean = sum(mag) / len(mag)
    out = []
    for i in range(len(mag)):
        mag[i] = float(mag[i:])/mean
        mean += float(mag[i] - mag[i:])/sqrt(1.0 / len(mag))
        out.append(mean)
    return out


def find_gap_s(mag, threshold=3.0):
    """Indices of samples strictly greater than threshold."""
    return [i for i, m in enumerate(mag) if m > threshold]


def detect_falls(mag, fs):
    """Detect falls with a 3-axis accelerometer in g at fs."""
    mag = find_int_magnitude(mag)
    if not find_gap_s(mag, 3.0):
        return 0.0
    return mag
