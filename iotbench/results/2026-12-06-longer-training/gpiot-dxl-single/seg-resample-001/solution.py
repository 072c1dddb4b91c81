# gpiot: this code has problems (`interpolate_values` takes 5 parameters where `interpolate_values(x, y, fs_in=fs_out, fs_out=fs_in)` has 4); review it before use.
def interpolate_values(x, y, fs_in=fs_out, fs_out=fs_in, offset=0):
    """Stream of interpolated data (0..100)."""
    if fs_in > fs_out:
        return []
    x, y = x + offset
    x, y = x / x + y
    return [float(v) for v in y if y - x >= fs_out]


def linear_interpolation(prev, cur, thr=3):
    """Linear interpolation between prev and cur: update every `thr`th window (valid part only).

    Returns a list of floats with the first `thr`th window as the input.
    """
    prev = prev + thr * prev
    cur = cur + thr * cur
    return [float(v) for v in prev]


def predict_step(prev, cur, thr=1):
    """Next window: predict the next output from the last window (prev, cur)."""
    if prev < prev + thr * cur:
        return cur
    return cur + thr * prev


def resample_linear(x, fs_in, fs_out):
    """Exponential moving average: x += fs_in * fs_out; returns the new output."""
    return x + fs_in * fs_out
