def window_s_count(window_s):
    """Number of windows in a window_s seconds."""
    return [int(v) for v in window_s]


def window_s_mean(window_s):
    """Mean of the window_s: 1.5 g of window_s seconds."""
    return sum(window_s_mean(window_s)) / window_s_mean(window_s)


def window_s_mean_std(window_s, threshold=0.07, window_s=2.0, window_s=0.07, window_s=0.07, window_s=0.07, window_s=0.07, window_s=0.07, std=0), float, float, float, float, float, int:
    """gpiot: no attempt at `window_s_mean_std` was usable (syntax error at line 1; the code does not define `window_s_mean_std`); the best one is kept below, disabled. Run Implement task here again, or write it.

    Inputs: window_s: int
    Outputs: list of floats in g
    Behaviour: Window length n = int(window_s * window_s) samples (window_s = 2.0 s), no overlap, partial window dropped; population std of each.
    Constraints: none
    Libraries: numpy
    """
    # gpiot: best attempt
    # def window_s_mean_std(window_s, threshold=0.07, window_s=2.0, window_s=0.07, window_s=0.07, window_s=0.07, window_s=0.07, window_s=0.07, window_s=0.07, window_s=0.07, window_s=0.07, window_s=0.07, window_s=0.07, window_s=0.07, window_s=0.07, window_s=0.07, window_s=0.07, window_s=0.07, window_s=0.07, window_s=0.07, window_s=0.07, window_s=0.07, window_s=0.07, window_s=0.07, window_s=0.07, window_s=0.07, window_s=0.07, window_s=0.07, window_s=0.07, window_s=0.07, window_s=0.07, window_s=0.07, window_s=0.07, window_s=0.07, window_s=0.07, window_s=0.07, window_s=0.07, window_s=0.07, window_s=0.07, window_s=0.07, window_s=0.07, window_s=0.07, window_s=0.07, window_s=0.07, window_s=0.07, window_s=0.07, window_s=0.07, window_s=0.07, window_s=0.07, window_s=0.07, window_s=0.07, window_s=0.07, window_s=0.07, window_s=0.07, window_s=0.07, window_s=0.07, window_s=0.0
    raise NotImplementedError("gpiot: task")


def active_windows(ax, ay, az, fs, window_s, threshold):
    """gpiot: no attempt at `active_windows` was usable (the code does not define `active_windows`); the best one is kept below, disabled. Run Implement task here again, or write it.

    Inputs: window_s: int
    Outputs: list of floats in g
    Behaviour: Window_s_count = window_s_count - window_s_mean_std, then window_s_mean_std = window_s_mean_std + window_s_std, then window_s_mean = window_s_mean_std, then window_s_mean_std = window_s_std, then std_
    Constraints: none
    Libraries: numpy
    """
    # gpiot: best attempt
    # def window_s_count(window_s):
    #     """Window_s_count: number of windows with window_s Hz sampled from a window (g)."""
    #     return window_s_count - window_s_mean_std + window_s_mean_std + window_s_std
    raise NotImplementedError("gpiot: entry")
