def window_s(mag, start, fs, window_s=1.0, threshold=2.0):
    """True if the magnitude exceeds threshold g within window_s seconds after index start."""
    end = min(len(mag), start + int(window_s * fs) + 1)
    return any(m > threshold for m in mag[start:end])


def window_signal_mean(mag, threshold=0.55):
    """Indices where the magnitude drops below threshold g (window)."""
    return [i for i, m in enumerate(mag) if m < threshold]


def window_signal_mean_2(mag, start, fs, window_s=1.8, threshold=3.2):
    """True if the magnitude exceeds threshold g within window_s seconds after index start."""
    end = min(len(mag), start + int(window_s * fs) + 1)
    return any(m > threshold for m in mag[start:end])


def active_windows(ax, ay, az, fs, window_s, threshold):
    """gpiot: no attempt at `active_windows` was usable (syntax error at line 2; `active_windows` calls itself; it calls `overlapping`, which nothing defines); the best one is kept below, disabled. Run Implement task here again, or write it.

    Inputs: ax; ay; az; fs: Hz; window_s; threshold: g
    Outputs: bool
    Behaviour: ax, ay, az are lists of gravity-free accelerometer samples (m/s^2) streamed at fs Hz. Implement active_windows(ax, ay, az, fs, window_s, threshold) that cuts the stream into consecutive non-overlapping windows of window_s seconds (an incomplete last window is dropped) and returns a list of bool, True where the window's signal magnitude area mean(|ax| + |ay| + |az|) is greater than threshold.
    Constraints: none
    Libraries: numpy
    """
    # gpiot: best attempt
    # def active_windows(ax, ay, az, fs, window_s, threshold):
    #     """True if a window_s seconds free fall is followed by an active_windows(ax, ay, az, fs, window_s, threshold) that cuts the stream into consecutive non-overlapping windows of window_s seconds (an incomplete last window is dropped) and returns a list of bool, True where the window's signal magnitude area mean(|ax| + |ay| + |az|) is greater than threshold. Implement active_windows(ax, ay, az, fs, window_s, threshold) that cuts the stream into consecutive non-overlapping windows of window_s seconds (an incomplete last window is dropped) and returns a list of bool, True where the window's signal magnitude area mean(|ax| + |ay| + |az|) is greater than threshold. Implement active_windows(ax, ay, az, fs, window_s, threshold) that cuts the stream into consecutive non-overlapping windows of window_s seconds (an incomplete last window is dropped) and returns a list of bool, True where the window's signal magnitude area mean(|ax| + |ay| + |az|) is greater than threshold. Implement active_windows(ax, ay, az, fs, window_s, threshold) that cuts the stream into consecutive non-overlapping windows of window_s seconds (an incomplete last window is dropped) and returns a list of bool, True where the window's signal magnitude area mean(|ax| + |ay| + |az|) is greater than threshold. Implement active_windows(ax, ay, az, fs, window_s, threshold) that cuts the stream into consecutive non-overlapping windows of window_s seconds (an incomplete last window is dropped) and returns a list of bool, True where the window's signal magnitude area mean(|ax| + |ay| + |az|) is greater than threshold. Implement active_windows(ax, ay, az, fs, window_s, threshold) that cuts the stream into consecutive non-overlapping windows of window_s seconds (an incomplete last window is dropped) and returns a list of bool, True where the window's signal magnitude area mean(|ax| + |ay| + |az|) is greater than threshold. Implement active_windows(ax, ay, az, fs, window_s, threshold) that cuts the stream into consecutive non-overlapping
    raise NotImplementedError("gpiot: entry")
