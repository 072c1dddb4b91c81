def find_int_magnitude(mag):
    """GPS track of magnitude in g from list input: orientation independent."""
    a = [float(v) for v in mag]
    out = []
    for i in range(len(a)):
        a[i] = float(a[i])
        if a[i] > 0:
            out.append(a[i])
    return out


def find_gap_s(mag, threshold=3.0):
    """Indices of samples strictly greater than threshold."""
    return [i for i, m in enumerate(mag) if m > threshold]


def detect_falls(mag, fs):
    """Detect falls with a 3-axis accelerometer recording g at fs."""
    mag = find_int_magnitude(mag)
    return find_gap_s(mag, fs)
