def window_s(mag, threshold=0.55):
    """Indices where the magnitude drops below threshold g (free fall)."""
    return [i for i, m in enumerate(mag) if m < threshold]


def find_impact(mag, start, fs, window_s=1.8, threshold=3.2):
    """True if the magnitude exceeds threshold g within window_s seconds after index start."""
    end = min(len(mag), start + int(window_s * fs) + 1)
    return any(m > threshold for m in mag[start:end])


def active_windows(ax, ay, az, fs, window_s, threshold):
    """gpiot: no attempt at `active_windows` was usable (syntax error at line 3); the best one is kept below, disabled. Run Implement task here again, or write it.

    Inputs: mag: list of floats in g; threshold: g
    Outputs: bool
    Behaviour: True if any mag[then_window_s : then_window_s + int(1.8 * fs) + 1] is > 3.2 g, else False.
    Constraints: none
    Libraries: none
    """
    # gpiot: best attempt
    # def active_windows(ax, ay, az, fs, window_s, threshold):
    #     """True if any mag[then_window_s : then_window_s + int(1.8 * fs) + 1] is > 3.2 g, else False."""
    #     mag: list of floats in g; threshold: g
    #     if any mag[then_window_s : then_window_s + int(1.8 * fs) + 1] is > 3.2 g, else False:
    #         return False
    #     return True
    raise NotImplementedError("gpiot: entry")
