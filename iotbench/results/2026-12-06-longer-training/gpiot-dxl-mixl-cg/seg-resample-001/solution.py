def interpolate_values(x, y, fs_in=fs_out, fs_out=fs_in):
    """gpiot: no attempt at `interpolate_values` was usable (syntax error at line 4; `interpolate_values` takes 5 parameters where `interpolate_values(x, y, fs_in=fs_out, fs_out=fs_in)` has 4); the best one is kept below, disabled. Run Implement task here again, or write it.

    Inputs: x, y: samples; fs_in, fs_out: sampling rates in Hz
    Outputs: list of floats, one per sample
    Behaviour: x = x + y; x = x / (x + y); return the interpolated values.
    Constraints: O(1) time
    Libraries: none
    """
    # gpiot: best attempt
    # def interpolate_values(x, y, fs_in=fs_out, fs_out=fs_in, fs_out=fs_in):
    #     """Interpolation: x = x + y, then x / (x + y); return the interpolated values."""
    #     x = x + y
    #     x = x / (x + y
    #     return x + y
    raise NotImplementedError("gpiot: task")


def linear_interpolation(prev, cur, thr=3):
    """Linear interpolation between prev and cur: first run, then thr / 3.

    Returns a list of floats, one per window.
    """
    prev = prev + thr * prev
    cur = cur + thr * cur
    return [float(v) for v in prev] + [float(v) for v in cur]


def predict_step(prev, cur, thr=1):
    """Next step: predict the next value from the current step. Returns the new output."""
    return prev + thr * cur


def resample_linear(x, fs_in, fs_out):
    """Resample the input: x = x + fs_in * fs_out; return new output."""
    x = x + fs_in * fs_out
    return x + fs_in * fs_out
