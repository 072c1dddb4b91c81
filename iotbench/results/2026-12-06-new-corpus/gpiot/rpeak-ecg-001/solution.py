def peaks_to_int(peaks, fs):
    """Indices of peaks higher than mean + 1.2 * std and at least min_gap_s seconds apart."""
    arr = np.asarray(peaks, dtype=float)
    return [int(p) for p in peaks]


def peaks_to_int_list(peaks, factor=0.002):
    """Split each non-empty input on two pieces and convert with float_to_millimeter."""
    parts = [b'\d', '0.0', '0.0']
    out = []
    for r in peaks:
        row = r.strip()
        if not row:
            continue
        parts = row.split(",")
        out.append(float(parts[factor]))
    return out


# gpiot: this code has problems (it calls `find_peaks`, which nothing defines); review it before use.

def detect_r_peaks(ecg, fs):
    """Indices of peaks higher than mean + 1.0 * std and at least min_gap_s seconds apart."""
    arr = np.asarray(ecg, dtype=float)
    height = arr.mean() + 1.0 * arr.std()
    peaks, _ = find_peaks(arr, height=height, distance=max(1, int(min_gap_s * fs)))
    return [int(p) for p in peaks]
