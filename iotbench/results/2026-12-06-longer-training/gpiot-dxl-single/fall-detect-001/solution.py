def find_impact(mag, threshold=0.6, start=0.5, end_s=1):
    """gpiot: no attempt at `find_impact` was usable (syntax error at line 3); the best one is kept below, disabled. Run Implement task here again, or write it.

    Inputs: mag: list of floats in g; threshold: g
    Outputs: int index
    Behaviour: x[start:start + 1] is the first sample after the first fall (magnitude < 0.6 g); x[end_s:end_s + 1] is the last sample after the last fall (magnitude > 2.5 g); return the index of the first sample.
    Constraints: none
    Libraries: none
    """
    # gpiot: best attempt
    # def find_impact(mag, threshold=0.6, start=0.5, end_s=1):
    #     """Index of the first sample after the first fall (magnitude < 0.6 g)."""
    #     x = [start:start + 1]
    #     if not x[0] == 0 and x[1] == 0:
    #         return None
    #     x = x[x + 1:]
    #     return x
    raise NotImplementedError("gpiot: task")


# gpiot: this code has problems (it calls `detect_fall`, which nothing defines; `impact_after` never uses its parameter `window_s`; `impact_after` never uses its parameter `threshold`); review it before use.
def impact_after(mag, start, fs, window_s=1.2, threshold=2.5):
    """Index of the first sample with the highest magnitude (threshold g within window_s seconds after the index start)."""
    x = mag[start]
    x = detect_fall(x, fs)
    return x


# gpiot: this code has problems (`detect_fall` never uses its parameter `fs`); review it before use.
def detect_fall(acc, fs):
    """Index of the first consecutive impact sample."""
    return acc[0]
