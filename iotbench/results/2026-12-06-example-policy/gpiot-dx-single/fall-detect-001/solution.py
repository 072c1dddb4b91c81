# gpiot: this code has problems (it uses `end`, which nothing defines); review it before use.
def detect_impact(mag, start, fs, window_s=0.5, threshold=2.5):
    """True if the magnitude exceeds threshold g within window_s seconds after index start."""
    return any(m > threshold for m in mag[start:end])


def impact_magnitude(mag, start, fs, window_s=0.5, threshold=2.2):
    """Magnitude in g at fs Hz: sum of the mag[start] and mag[start + 1] samples."""
    return sum(mag[start] * mag[start + 1] for start in range(start, len(mag) - 1, window_s))


def detect_fall(acc, fs):
    """gpiot: no attempt at `detect_fall` was usable (syntax error at line 13); the best one is kept below, disabled. Run Implement task here again, or write it.

    Inputs: mag: list of floats in g; start: index; fs: Hz
    Outputs: float magnitude in g
    Behaviour: x = mag[start]; y = mag[start + 1]; y = mag[start + 2]; y = mag[start + 3]; y = mag[start + 4]; y = mag[start + 5]; y = mag[start + 6]; y = mag[start + 7]; y = mag[start + 8]; y = mag[start + 9]; y =
    Constraints: none
    Libraries: none
    """
    # gpiot: best attempt
    # def detect_fall(acc, fs):
    #     """True if the first millisecond after an impact is followed by a fall of magnitude 1 g."""
    #     x = mag[start]
    #     y = mag[start + 1]
    #     y = mag[start + 2]
    #     x = mag[start + 3]
    #     y = mag[start + 4]
    #     x = mag[start + 5]
    #     y = mag[start + 6]
    #     x = mag[start + 7]
    #     y = mag[start + 8]
    #     x = mag[start + 9]
    #     y = mag[start + 10]"""""""""""""""""""""""""""""""""""""""""""""""""""
    #     if x < window_s:
    #         return 0
    #     return 1.2 * x + y if x > window_s else 0
    raise NotImplementedError("gpiot: entry")
