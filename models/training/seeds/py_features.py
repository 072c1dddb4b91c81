"""Python end blocks (features, anomaly detectors) that reduce a signal to a result."""
from __future__ import annotations

from .common import dedent, grid, sub
from .py_blocks import PRELUDE, Blk, _task, _x


def rms(rng):
    fn = rng.choice(["compute_rms", "rms", "signal_rms", "root_mean_square"])
    x = _x(rng)
    code = sub('''
    import math

    def $fn($x):
        """Root mean square of the samples (0.0 for an empty input)."""
        if len($x) == 0:
            return 0.0
        return math.sqrt(sum(v * v for v in $x) / len($x))
    ''', fn=fn, x=x)
    check = sub('''
    $pre
    assert abs($fn(list(_x)) - float(np.sqrt(np.mean(_x ** 2)))) < 1e-9
    assert $fn([]) == 0.0
    assert abs($fn([3.0, -3.0]) - 3.0) < 1e-12
    ''', pre=PRELUDE, fn=fn)
    t = _task(fn, "Compute the RMS value of the signal", f"{x}: sequence of floats", "float RMS (same unit as input)",
              f"{fn}({x})", "sqrt(mean(x^2)); return 0.0 for an empty input.", "single pass", "math", code, check)
    return Blk(t, f"{fn}($in)", "_r = float(np.sqrt(np.mean(_r ** 2)))", "compute its RMS value", out_kind="scalar")


def zero_crossings(rng):
    fn = rng.choice(["count_zero_crossings", "zero_crossings", "zero_crossing_count"])
    x = _x(rng)
    code = sub('''
    def $fn($x):
        """Count sign changes between consecutive samples (zeros count as positive)."""
        count = 0
        for a, b in zip($x, $x[1:]):
            if (a >= 0) != (b >= 0):
                count += 1
        return count
    ''', fn=fn, x=x)
    check = sub('''
    $pre
    _s = list(_x - _x.mean())
    assert $fn(_s) == int(np.sum((np.asarray(_s[:-1]) >= 0) != (np.asarray(_s[1:]) >= 0)))
    assert $fn([1.0, -1.0, 1.0, 2.0]) == 2
    assert $fn([]) == 0
    ''', pre=PRELUDE, fn=fn)
    t = _task(fn, "Count the zero crossings", f"{x}: sequence of floats", "int number of sign changes", f"{fn}({x})",
              "Compare the sign (x >= 0) of each pair of neighbours and count the changes.", "O(n)", "none", code, check)
    return Blk(t, f"{fn}($in)", "_r = int(np.sum((_r[:-1] >= 0) != (_r[1:] >= 0)))", "count its zero crossings", out_kind="scalar")


def dominant_freq(rng):
    fn = rng.choice(["dominant_frequency", "peak_frequency", "fft_dominant_freq", "main_frequency"])
    x = _x(rng)
    code = sub('''
    import numpy as np

    def $fn($x, fs):
        """Frequency in Hz of the largest FFT magnitude bin, ignoring the DC bin."""
        arr = np.asarray($x, dtype=float)
        spectrum = np.abs(np.fft.rfft(arr - arr.mean()))
        freqs = np.fft.rfftfreq(len(arr), d=1.0 / fs)
        k = int(np.argmax(spectrum[1:])) + 1
        return float(freqs[k])
    ''', fn=fn, x=x)
    check = sub('''
    $pre
    _tt = np.arange(400) / 100.0
    assert abs($fn(list(np.sin(2 * np.pi * 7.0 * _tt) + 2.0), 100) - 7.0) < 0.3
    assert abs($fn(list(_x), 50) - 1.2) < 0.2
    ''', pre=PRELUDE, fn=fn)
    t = _task(fn, "Find the dominant frequency with an FFT", f"{x}: sequence of floats; fs: sampling rate in Hz",
              "float frequency in Hz", f"{fn}({x}, fs)", "Remove the mean, take |rfft|, skip the DC bin and return the frequency of the largest bin (rfftfreq).",
              "resolution is fs / len(x)", "numpy", code, check)
    return Blk(t, f"{fn}($in, fs)", "_sp = np.abs(np.fft.rfft(_r - _r.mean())); _r = float(np.fft.rfftfreq(len(_r), 1.0 / fs)[int(np.argmax(_sp[1:])) + 1])",
               "find its dominant frequency in Hz", uses_fs=True, out_kind="scalar")


def zscore_anomalies(rng):
    fn = rng.choice(["zscore_anomalies", "find_outliers", "detect_anomalies", "flag_zscore"])
    x = _x(rng)
    th = grid(rng, 1.5, 4.0, 0.25)
    code = sub('''
    import numpy as np

    def $fn($x, threshold=$th):
        """Indices of samples whose |z-score| exceeds threshold (population std).

        A flat signal has no anomalies.
        """
        arr = np.asarray($x, dtype=float)
        std = arr.std()
        if std == 0:
            return []
        z = np.abs(arr - arr.mean()) / std
        return [int(i) for i in np.nonzero(z > threshold)[0]]
    ''', fn=fn, x=x, th=th)
    check = sub('''
    $pre
    _s = _x.copy(); _s[[40, 210]] = [8.0, -7.0]
    assert $fn(list(_s), $th) == [int(i) for i in np.nonzero(np.abs(_s - _s.mean()) / _s.std() > $th)[0]]
    assert 40 in $fn(list(_s), $th) and 210 in $fn(list(_s), $th)
    assert $fn([1.0, 1.0, 1.0], $th) == []
    ''', pre=PRELUDE, fn=fn, th=th)
    t = _task(fn, f"Flag samples with |z-score| above {th}", f"{x}: sequence of floats; threshold: float", "list of int indices",
              f"{fn}({x}, threshold={th})", f"z = |x - mean| / std (population); return the indices where z > {th}; empty list if std is 0.",
              "population standard deviation", "numpy", code, check)
    return Blk(t, f"{fn}($in, {th})", f"_r = [int(i) for i in np.nonzero(np.abs(_r - _r.mean()) / _r.std() > {th})[0]]",
               f"report the indices whose z-score exceeds {th}", out_kind="indices")


def iqr_outliers(rng):
    fn = rng.choice(["iqr_outliers", "find_iqr_outliers", "tukey_outliers"])
    x = _x(rng)
    k = grid(rng, 1.0, 3.0, 0.5)
    code = sub('''
    import numpy as np

    def $fn($x, k=$k):
        """Indices outside [Q1 - k*IQR, Q3 + k*IQR] (Tukey fences, numpy percentiles)."""
        arr = np.asarray($x, dtype=float)
        q1, q3 = np.percentile(arr, [25, 75])
        iqr = q3 - q1
        lo, hi = q1 - k * iqr, q3 + k * iqr
        return [int(i) for i in np.nonzero((arr < lo) | (arr > hi))[0]]
    ''', fn=fn, x=x, k=k)
    check = sub('''
    $pre
    _s = _x.copy(); _s[[10, 100]] = [9.0, -9.0]
    _q1, _q3 = np.percentile(_s, [25, 75]); _i = _q3 - _q1
    assert $fn(list(_s), $k) == [int(i) for i in np.nonzero((_s < _q1 - $k * _i) | (_s > _q3 + $k * _i))[0]]
    assert 10 in $fn(list(_s), $k)
    ''', pre=PRELUDE, fn=fn, k=k)
    t = _task(fn, f"Find outliers with the IQR rule (k = {k})", f"{x}: sequence of floats; k: fence factor", "list of int indices",
              f"{fn}({x}, k={k})", f"Q1, Q3 = 25th/75th percentiles (numpy), IQR = Q3 - Q1; flag indices below Q1 - {k} * IQR or above Q3 + {k} * IQR.",
              "non-empty input", "numpy", code, check)
    return Blk(t, f"{fn}($in, {k})", f"_q1, _q3 = np.percentile(_r, [25, 75]); _r = [int(i) for i in np.nonzero((_r < _q1 - {k} * (_q3 - _q1)) | (_r > _q3 + {k} * (_q3 - _q1)))[0]]",
               f"report outlier indices with the IQR rule (k = {k})", out_kind="indices")


def hysteresis(rng, hi=None, lo=None):
    fn = rng.choice(["hysteresis_alarm", "threshold_with_hysteresis", "alarm_states", "schmitt_trigger"])
    x = _x(rng)
    hi = grid(rng, 0.8, 1.6, 0.1) if hi is None else hi
    lo = grid(rng, -0.2, hi - 0.3, 0.1) if lo is None else lo
    code = sub('''
    def $fn($x, on_level=$hi, off_level=$lo):
        """Alarm state per sample with hysteresis: switch on when x > on_level,
        switch off only when x < off_level. Starts off. Returns a list of bools."""
        state = False
        out = []
        for v in $x:
            if not state and v > on_level:
                state = True
            elif state and v < off_level:
                state = False
            out.append(state)
        return out
    ''', fn=fn, x=x, hi=hi, lo=lo)
    check = sub('''
    $pre
    assert $fn([0.0, $hi + 0.1, ($hi + $lo) / 2, $lo - 0.1, ($hi + $lo) / 2], $hi, $lo) == [False, True, True, False, False]
    _st = False; _exp = []
    for _v in _x:
        _st = (_v > $hi) if not _st else not (_v < $lo)
        _exp.append(_st)
    assert $fn(list(_x), $hi, $lo) == _exp
    ''', pre=PRELUDE, fn=fn, hi=hi, lo=lo)
    t = _task(fn, f"Turn the signal into alarm states with hysteresis (on above {hi}, off below {lo})",
              f"{x}: sequence of floats; on_level, off_level: thresholds", "list of bools, one per sample",
              f"{fn}({x}, on_level={hi}, off_level={lo})", f"State starts False; it becomes True when x > {hi} (on_level) and False again only when x < {lo} (off_level); one bool per sample.",
              "off_level < on_level", "none", code, check)
    ref = (f"_st = False; _o = []\nfor _v in _r:\n    _st = (_v > {hi}) if not _st else not (_v < {lo})\n    _o.append(_st)\n_r = _o")
    return Blk(t, f"{fn}($in, {hi}, {lo})", ref, f"raise an alarm above {hi} that clears only below {lo}", out_kind="mask")


def count_events(rng):
    fn = rng.choice(["count_rising_edges", "count_alarm_events", "count_activations"])
    code = sub('''
    def $fn(states):
        """Number of False -> True transitions in a list of bools (a True first sample counts)."""
        count = 0
        prev = False
        for s in states:
            if s and not prev:
                count += 1
            prev = s
        return count
    ''', fn=fn)
    check = sub('''
    assert $fn([False, True, True, False, True]) == 2
    assert $fn([True]) == 1
    assert $fn([]) == 0
    ''', fn=fn)
    t = _task(fn, "Count how many separate alarm events occurred", "states: list of bools", "int number of events",
              f"{fn}(states)", "Count rising edges (False to True), treating the state before the first sample as False.",
              "O(n)", "none", code, check)
    ref = "_p = False; _c = 0\nfor _v in _r:\n    _c += int(bool(_v) and not _p); _p = bool(_v)\n_r = _c"
    return Blk(t, f"{fn}($in)", ref, "count the alarm events", out_kind="scalar")


def rolling_std(rng, rep):
    fn = rng.choice(["rolling_std", "moving_std", "window_std"])
    x = _x(rng)
    w = rng.randint(4, 30)
    code = sub('''
    import numpy as np

    def $fn($x, window=$w):
        """Standard deviation of each full window of `window` samples (valid part, population std)."""
        arr = np.asarray($x, dtype=float)
        if window > len(arr):
            return $empty
        out = np.array([arr[i:i + window].std() for i in range(len(arr) - window + 1)])
        return $ret
    ''', fn=fn, x=x, w=w, empty="np.array([])" if rep == "numpy" else "[]", ret="out" if rep == "numpy" else "[float(v) for v in out]")
    check = sub('''
    $pre
    from numpy.lib.stride_tricks import sliding_window_view
    assert _eq($fn(list(_x), $w), sliding_window_view(_x, $w).std(axis=1))
    assert len($fn([1.0, 2.0], $w)) == 0
    ''', pre=PRELUDE, fn=fn, w=w)
    t = _task(fn, f"Compute the rolling standard deviation over {w}-sample windows", f"{x}: sequence of floats; window: int",
              "numpy array of floats" if rep == "numpy" else "list of floats", f"{fn}({x}, window={w})",
              f"For every start index i, population std of x[i:i + {w}]; only full windows (len(x) - {w} + 1 values).", "population std", "numpy", code, check)
    return Blk(t, f"{fn}($in, {w})", f"from numpy.lib.stride_tricks import sliding_window_view\n_r = sliding_window_view(_r, {w}).std(axis=1)",
               f"compute the rolling standard deviation over {w} samples")


def threshold_indices(rng, th=None):
    fn = rng.choice(["indices_above", "find_exceedances", "above_threshold"])
    x = _x(rng)
    th = th if th is not None else grid(rng, 0.1, 1.5, 0.1)
    code = sub('''
    def $fn($x, threshold=$th):
        """Indices of samples strictly greater than threshold."""
        return [i for i, v in enumerate($x) if v > threshold]
    ''', fn=fn, x=x, th=th)
    check = sub('''
    $pre
    assert $fn([0.0, $th + 1, $th, $th + 0.01], $th) == [1, 3]
    assert $fn(list(_x), $th) == [int(i) for i in np.nonzero(_x > $th)[0]]
    ''', pre=PRELUDE, fn=fn, th=th)
    t = _task(fn, f"Find the samples above {th}", f"{x}: sequence of floats; threshold: float", "list of int indices",
              f"{fn}({x}, threshold={th})", f"Return the index of every sample with value > {th} (strictly greater).", "O(n)", "none", code, check)
    return Blk(t, f"{fn}($in, {th})", f"_r = [int(i) for i in np.nonzero(np.asarray(_r) > {th})[0]]",
               f"report the indices where it exceeds {th}", out_kind="indices")


def window_feature(rng, rep):
    """Split into overlapping windows and compute one feature per window."""
    fn = rng.choice(["window_features", "per_window_feature", "windowed_stats", "frame_features"])
    x = _x(rng)
    w = rng.choice([16, 25, 32, 50, 10, 20, 40, 64])
    step = rng.choice([w, w // 2, w // 4])
    feat = rng.choice(["mean", "rms", "std", "peak_to_peak"])
    expr = {"mean": "seg.mean()", "rms": "np.sqrt(np.mean(seg ** 2))", "std": "seg.std()", "peak_to_peak": "seg.max() - seg.min()"}[feat]
    code = sub('''
    import numpy as np

    def $fn($x, size=$w, step=$step):
        """Split into windows of `size` samples every `step` samples (overlap = size - step)
        and return the $feat of each full window as a $rd."""
        arr = np.asarray($x, dtype=float)
        out = []
        for start in range(0, len(arr) - size + 1, step):
            seg = arr[start:start + size]
            out.append(float($expr))
        return $ret
    ''', fn=fn, x=x, w=w, step=step, feat=feat.replace("_", "-"), expr=expr, rd="numpy array" if rep == "numpy" else "list of floats",
        ret="np.asarray(out)" if rep == "numpy" else "out")
    ref = f"_r = np.array([float((lambda seg: {expr})(_r[_s:_s + {w}])) for _s in range(0, len(_r) - {w} + 1, {step})])"
    check = sub('''
    $pre
    _r = _x.copy()
    $ref
    assert _eq($fn(list(_x), $w, $step), _r)
    assert len($fn(list(range(10)), 20, 10)) == 0
    ''', pre=PRELUDE, fn=fn, w=w, step=step, ref=ref)
    ov = "no overlap" if step == w else f"{round(100 * (w - step) / w)}% overlap"
    t = _task(fn, f"Split into {w}-sample windows ({ov}) and compute the {feat.replace('_', '-')} of each",
              f"{x}: sequence of floats; size: window length; step: hop in samples", "list of floats, one per window" if rep != "numpy" else "numpy array, one value per window",
              f"{fn}({x}, size={w}, step={step})", f"Windows x[s:s + {w}] for s = 0, {step}, {2 * step}, ... (size {w}, step {step}); the {feat.replace('_', '-')} of each full window.",
              "partial windows at the end are dropped", "numpy", code, check)
    return Blk(t, f"{fn}($in, {w}, {step})", ref, f"cut it into {w}-sample windows with {ov} and compute the {feat.replace('_', '-')} of each")


def stats_summary(rng):
    fn = rng.choice(["summary_stats", "describe_signal", "basic_stats"])
    x = _x(rng)
    code = sub('''
    import numpy as np

    def $fn($x):
        """Return (mean, std, minimum, maximum) of the samples as floats (population std)."""
        arr = np.asarray($x, dtype=float)
        return float(arr.mean()), float(arr.std()), float(arr.min()), float(arr.max())
    ''', fn=fn, x=x)
    check = sub('''
    $pre
    assert _eq($fn(list(_x)), (_x.mean(), _x.std(), _x.min(), _x.max()))
    assert _eq($fn([2.0, 4.0]), (3.0, 1.0, 2.0, 4.0))
    ''', pre=PRELUDE, fn=fn)
    t = _task(fn, "Summarise the signal with mean, std, min and max", f"{x}: non-empty sequence of floats",
              "tuple (mean, std, min, max) of floats", f"{fn}({x})", "Use numpy; population standard deviation.",
              "non-empty input", "numpy", code, check)
    return Blk(t, f"{fn}($in)", "_r = (_r.mean(), _r.std(), _r.min(), _r.max())", "summarise it by mean, standard deviation, minimum and maximum", out_kind="scalar")
