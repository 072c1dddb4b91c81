def parse_csv_rows(rows, column=1):
    """Parse CSV text rows ("timestamp,value,...") into a list of floats.

    Takes the given column; empty rows and rows that do not parse (e.g. a header)
    are skipped.
    """
    values = []
    for row in rows:
        row = row.strip()
        if not row:
            continue
        parts = row.split(",")
        try:
            values.append(float(parts[column]))
        except (ValueError, IndexError):
            continue
    return values


def per_window_feature(samples, size=40, step=40):
    """Split into windows of `size` samples every `step` samples (overlap = size - step)
    and return the mean of each full window as a list of floats."""
    arr = np.asarray(samples, dtype=float)
    out = []
    for start in range(0, len(arr) - size + 1, step):
        seg = arr[start:start + size]
        out.append(float(float(seg.mean())))
    return out


def sliding_windows(x, size, overlap):
    """Split into windows of equal size and return one value per window."""
    x = parse_csv_rows(x)
    x = per_window_feature(x, 40, 40)
    result = overlap(result, 40)
    return result
