"""Python building blocks: one verified helper function each, parameterised by names,
representation and implementation style. A block carries its Task (spec + code + check),
the call used by an entry function, and an independent numpy/scipy reference (`ref`,
statements mapping `_r` to `_r`) so an entry chaining blocks can be checked end to end."""
from __future__ import annotations

import random
from dataclasses import dataclass

from .common import Task, dedent, grid, sub

PRELUDE = dedent('''
import numpy as np
import scipy.signal as sg
def _eq(a, b, tol=1e-6):
    if isinstance(b, (bool, np.bool_)):
        return bool(a) == bool(b)
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    return a.shape == b.shape and np.allclose(a, b, rtol=tol, atol=tol)
_g = np.random.default_rng(7)
_t = np.arange(300) / 50.0
_x = np.sin(2 * np.pi * 1.2 * _t) + 0.3 * np.sin(2 * np.pi * 9.0 * _t) + 0.1 * _g.standard_normal(300) + 0.5
''')


@dataclass
class Blk:
    task: Task
    call: str      # call expression with $in for the input variable
    ref: str       # statements: _r -> _r (numpy as np, scipy.signal as sg available)
    phrase: str    # phrase for the requirement text
    uses_fs: bool = False
    out_kind: str = "array"   # array | scalar | indices | mask | list2d


def ret_line(rep: str, var: str) -> str:
    return f"np.asarray({var}, dtype=float)" if rep == "numpy" else f"[float(v) for v in {var}]"


def ret_desc(rep: str) -> str:
    return "numpy array of floats" if rep == "numpy" else "list of floats"


def _task(name, desc, inputs, outputs, sig, beh, cons, libs, code, check):
    return Task(name=name, description=desc, inputs=inputs, outputs=outputs, signature=sig,
                behaviour=beh, constraints=cons, libraries=libs, code=dedent(code), check=dedent(check))


def _x(rng):
    return rng.choice(["x", "values", "samples", "signal", "data", "seq"])


# ---- front ends (representation) -------------------------------------------------------

def parse_csv(rng, col=None):
    fn = rng.choice(["parse_csv_rows", "parse_csv_values", "read_csv_column", "csv_to_values"])
    col = rng.choice([1, 2]) if col is None else col
    code = sub('''
    def $fn(rows, column=$col):
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
    ''', fn=fn, col=col)
    check = sub('''
    rows = ["t,a,b", "0,1.5,2", "", "1,2.5,-3", "2,bad,4", "3,-1,0.25"]
    assert $fn(rows, 1) == [1.5, 2.5, -1.0]
    assert $fn(rows, 2) == [2.0, -3.0, 4.0, 0.25]
    assert $fn([]) == []
    ''', fn=fn)
    t = _task(fn, f"Parse the CSV text rows and take column {col} as floats, skipping the header and bad rows",
              "rows: list of CSV text lines", "list of floats", f"{fn}(rows, column={col})",
              f"Split each non-empty row on commas, convert column {col} with float(); skip rows that fail to parse.",
              "no csv module needed; keep row order", "none", code, check)
    return Blk(t, f"{fn}($in)", "pass", f"rows are CSV text lines with the value in column {col}"), col


def adc_to_units(rng, unit="V", bits=None, vref=None):
    fn = rng.choice(["adc_to_units", "counts_to_physical", "convert_adc", "scale_raw_counts"])
    bits = bits or rng.choice([8, 10, 12, 12, 14, 16])
    vref = vref or rng.choice([3.3, 5.0, 2.5, 1.8, 3.0, 4.096, 1.2])
    full = (1 << bits) - 1
    code = sub('''
    def $fn(raw, bits=$bits, vref=$vref):
        """Convert raw ADC counts (0..2**bits-1) to $unit: value = count * vref / (2**bits - 1)."""
        full_scale = (1 << bits) - 1
        return [c * vref / full_scale for c in raw]
    ''', fn=fn, bits=bits, vref=vref, unit=unit)
    check = sub('''
    out = $fn([0, $full, $half])
    assert abs(out[0]) < 1e-12 and abs(out[1] - $vref) < 1e-9
    assert abs(out[2] - $half * $vref / $full) < 1e-9
    assert $fn([]) == []
    ''', fn=fn, full=full, half=full // 2, vref=vref)
    t = _task(fn, f"Convert raw {bits}-bit ADC counts to {unit} using the reference voltage {vref}",
              "raw: list of integer ADC counts", f"list of floats in {unit}", f"{fn}(raw, bits={bits}, vref={vref})",
              f"value = count * vref / (2**bits - 1) with bits = {bits}, vref = {vref} V, i.e. count * {vref} / {full}.", "pure Python, no numpy needed", "none", code, check)
    return Blk(t, f"{fn}($in)", f"_r = _r * {vref} / {full}", f"raw values are {bits}-bit ADC counts with a {vref} V reference"), bits, vref


# ---- filters ---------------------------------------------------------------------------

def moving_average(rng, rep, w=None):
    fn = rng.choice(["moving_average", "smooth_moving_average", "boxcar_smooth", "sliding_mean", "running_mean"])
    x = _x(rng)
    w = w or rng.randint(2, 16)
    if rep == "numpy" or rng.random() < 0.5:
        body = sub('''
        import numpy as np

        def $fn($x, window=$w):
            """Moving average over `window` samples (valid part only, len(x) - window + 1 values).

            Returns a $rd.
            """
            arr = np.asarray($x, dtype=float)
            if window < 1 or window > len(arr):
                return $empty
            kernel = np.ones(window) / window
            out = np.convolve(arr, kernel, mode="valid")
            return $ret
        ''', fn=fn, x=x, w=w, rd=ret_desc(rep), ret=ret_line(rep, "out"), empty="np.array([])" if rep == "numpy" else "[]")
    else:
        body = sub('''
        def $fn($x, window=$w):
            """Moving average over `window` samples using a running sum.

            Returns the valid part only: len(x) - window + 1 floats.
            """
            if window < 1 or window > len($x):
                return []
            acc = sum($x[:window])
            out = [acc / window]
            for i in range(window, len($x)):
                acc += $x[i] - $x[i - window]
                out.append(acc / window)
            return out
        ''', fn=fn, x=x, w=w)
    check = sub('''
    $pre
    y = $fn(list(_x), $w)
    assert _eq(y, np.convolve(_x, np.ones($w) / $w, mode="valid"))
    assert _eq($fn([1.0, 2.0, 3.0], 2), [1.5, 2.5])
    assert len($fn([1.0], 3)) == 0
    ''', pre=PRELUDE, fn=fn, w=w)
    t = _task(fn, f"Smooth the signal with a {w}-sample moving average",
              f"{x}: sequence of floats; window: int (default {w})", ret_desc(rep) + ", length len(x) - window + 1",
              f"{fn}({x}, window={w})", f"Average each run of window = {w} consecutive samples (valid convolution, len(x) - {w} + 1 values); empty result if the window is longer than the input.",
              "O(n) time", "numpy" if "numpy" in body else "none", body, check)
    return Blk(t, f"{fn}($in, {w})", f"_r = np.convolve(_r, np.ones({w}) / {w}, mode='valid')",
               f"smooth it with a {w}-sample moving average")


def median_filter(rng, rep, k=None):
    fn = rng.choice(["median_filter", "median_smooth", "despike_median", "running_median"])
    x = _x(rng)
    k = k or rng.choice([3, 5, 7, 9, 11])
    if rng.random() < 0.5:
        code = sub('''
        import numpy as np
        from scipy.signal import medfilt

        def $fn($x, kernel=$k):
            """Median filter with an odd kernel size (edges zero-padded, same length as input).

            Removes isolated spikes; returns a $rd.
            """
            out = medfilt(np.asarray($x, dtype=float), kernel_size=kernel)
            return $ret
        ''', fn=fn, x=x, k=k, rd=ret_desc(rep), ret=ret_line(rep, "out"))
        libs = "numpy, scipy.signal"
    else:
        code = sub('''
        def $fn($x, kernel=$k):
            """Median filter with an odd kernel size; edges are zero-padded like scipy's medfilt.

            Returns a list of floats with the same length as the input.
            """
            half = kernel // 2
            padded = [0.0] * half + [float(v) for v in $x] + [0.0] * half
            out = []
            for i in range(len($x)):
                win = sorted(padded[i:i + kernel])
                out.append(win[half])
            return out
        ''', fn=fn, x=x, k=k)
        libs = "none"
    check = sub('''
    $pre
    _s = _x.copy(); _s[[20, 90, 150]] = 9.0
    y = $fn(list(_s), $k)
    assert _eq(y, sg.medfilt(_s, $k))
    assert max(y) < 3.0
    ''', pre=PRELUDE, fn=fn, k=k)
    t = _task(fn, f"Remove spikes with a {k}-point median filter",
              f"{x}: sequence of floats; kernel: odd int (default {k})", ret_desc(rep) + ", same length",
              f"{fn}({x}, kernel={k})", f"Replace every sample by the median of the {k} samples centred on it ({k // 2} each side); pad the edges with zeros (as scipy.signal.medfilt).",
              "kernel must be odd", libs, code, check)
    return Blk(t, f"{fn}($in, {k})", f"_r = sg.medfilt(_r, {k})", f"remove spikes with a {k}-point median filter")


def ema(rng, rep, alpha=None):
    fn = rng.choice(["ema_filter", "exponential_smoothing", "ema", "smooth_ema", "low_pass_ema"])
    x = _x(rng)
    alpha = alpha or grid(rng, 0.05, 0.9, 0.05)
    code = sub('''
    def $fn($x, alpha=$a):
        """Exponential moving average: y[0] = x[0], y[n] = alpha * x[n] + (1 - alpha) * y[n-1].

        Returns a $rd with the same length as the input.
        """
        out = []
        y = None
        for v in $x:
            y = float(v) if y is None else alpha * v + (1 - alpha) * y
            out.append(y)
        return $ret
    ''', fn=fn, x=x, a=alpha, rd=ret_desc(rep), ret="np.asarray(out)" if rep == "numpy" else "out")
    if rep == "numpy":
        code = "import numpy as np\n\n" + code
    check = sub('''
    $pre
    y = $fn(list(_x), $a)
    r = sg.lfilter([$a], [1, -(1 - $a)], _x, zi=[(1 - $a) * _x[0]])[0]
    assert _eq(y, r)
    assert len($fn([], $a)) == 0
    ''', pre=PRELUDE, fn=fn, a=alpha)
    t = _task(fn, f"Apply an exponential moving average with alpha {alpha}",
              f"{x}: sequence of floats; alpha: float in (0, 1]", ret_desc(rep) + ", same length",
              f"{fn}({x}, alpha={alpha})", f"Start from the first sample, then y = {alpha} * x + {round(1 - alpha, 4)} * y_prev (alpha = {alpha}) for each sample.",
              "single pass, O(1) extra state", "numpy" if rep == "numpy" else "none", code, check)
    return Blk(t, f"{fn}($in, {alpha})", f"_r = sg.lfilter([{alpha}], [1, -(1 - {alpha})], _r, zi=[(1 - {alpha}) * _r[0]])[0]",
               f"smooth it with an exponential moving average (alpha = {alpha})")


def butter(rng, rep, kind=None, fs=50, band=None):
    kind = kind or rng.choice(["low", "high", "band"])
    nyq = fs / 2
    order = rng.choice([1, 2, 2, 3, 4, 4, 5])
    if kind == "low":
        fc = max(round(grid(rng, 0.05, 0.45, 0.05) * nyq, 2), 0.01)
        fn = rng.choice(["lowpass_filter", "butter_lowpass", "low_pass", "apply_lowpass"])
        wn, cut_args, cut_sig, cut_txt = f"{fc} / (fs / 2)", f"cutoff={fc}", "cutoff", f"{fc} Hz"
        crit = "cutoff / (fs / 2)"
    elif kind == "high":
        fc = max(round(grid(rng, 0.01, 0.1, 0.01) * nyq, 2), 0.1)
        fn = rng.choice(["highpass_filter", "butter_highpass", "remove_drift", "apply_highpass"])
        wn, cut_args, cut_sig, cut_txt = f"{fc} / (fs / 2)", f"cutoff={fc}", "cutoff", f"{fc} Hz"
        crit = "cutoff / (fs / 2)"
    else:
        lo, hi = band or (round(max(grid(rng, 0.02, 0.1, 0.01) * nyq, 0.3), 2), round(grid(rng, 0.25, 0.45, 0.05) * nyq, 2))
        fc = (lo, hi)
        fn = rng.choice(["bandpass_filter", "butter_bandpass", "band_pass", "apply_bandpass"])
        wn, cut_args, cut_sig, cut_txt = f"[{lo} / (fs / 2), {hi} / (fs / 2)]", f"low={lo}, high={hi}", "low, high", f"{lo}-{hi} Hz"
        crit = "[low / (fs / 2), high / (fs / 2)]"
    btype = {"low": "lowpass", "high": "highpass", "band": "bandpass"}[kind]
    x = _x(rng)
    use_sos = rng.random() < 0.5
    if use_sos:
        core = f'sos = butter(order, {crit}, btype="{btype}", output="sos")\n    out = sosfiltfilt(sos, np.asarray({x}, dtype=float))'
        imp = "from scipy.signal import butter, sosfiltfilt"
        refc = f"_r = sg.sosfiltfilt(sg.butter({order}, {wn.replace('fs', str(fs))}, btype='{btype}', output='sos'), _r)"
    else:
        core = f'b, a = butter(order, {crit}, btype="{btype}")\n    out = filtfilt(b, a, np.asarray({x}, dtype=float))'
        imp = "from scipy.signal import butter, filtfilt"
        refc = f"_r = sg.filtfilt(*sg.butter({order}, {wn.replace('fs', str(fs))}, btype='{btype}'), _r)"
    code = sub('''
    import numpy as np
    $imp

    def $fn($x, fs, $cut_args, order=$order):
        """Zero-phase Butterworth $btype filter ($cut_txt, order $order) sampled at fs Hz.

        Returns a $rd with the same length as the input.
        """
        $core
        return $ret
    ''', imp=imp, fn=fn, x=x, cut_args=cut_args, order=order, btype=btype, cut_txt=cut_txt, core=core,
        rd=ret_desc(rep), ret=ret_line(rep, "out"))
    call_cut = cut_args.replace("cutoff=", "").replace("low=", "").replace("high=", "")
    check = sub('''
    $pre
    y = $fn(list(_x), $fs)
    _r = _x.copy()
    $refc
    assert _eq(y, _r, 1e-5)
    assert len(y) == len(_x)
    ''', pre=PRELUDE, fn=fn, fs=fs, refc=refc)
    t = _task(fn, f"Apply a zero-phase Butterworth {btype} filter ({cut_txt}, order {order})",
              f"{x}: sequence of floats; fs: sampling rate in Hz; {cut_sig}: cut-off in Hz",
              ret_desc(rep) + ", same length", f"{fn}({x}, fs, {cut_args}, order={order})",
              f"Order-{order} Butterworth {btype}, cut-off {cut_txt} normalised by fs / 2 (scipy.signal.butter{', output sos' if use_sos else ''}), applied forwards and backwards ({'sosfiltfilt' if use_sos else 'filtfilt'}), zero phase.",
              "input longer than 3 * filter order samples", "numpy, scipy.signal", code, check)
    return Blk(t, f"{fn}($in, fs)", refc, f"apply a {cut_txt} Butterworth {btype} filter", uses_fs=True)


def notch(rng, rep, fs=500):
    f0 = rng.choice([50.0, 60.0])
    q = float(grid(rng, 10, 40, 5))
    fn = rng.choice(["notch_filter", "remove_mains", "powerline_notch", "apply_notch"])
    x = _x(rng)
    code = sub('''
    import numpy as np
    from scipy.signal import iirnotch, filtfilt

    def $fn($x, fs, f0=$f0, q=$q):
        """Remove mains interference at f0 Hz with a zero-phase IIR notch (quality factor q).

        Returns a $rd with the same length as the input.
        """
        b, a = iirnotch(f0, q, fs)
        out = filtfilt(b, a, np.asarray($x, dtype=float))
        return $ret
    ''', fn=fn, x=x, f0=f0, q=q, rd=ret_desc(rep), ret=ret_line(rep, "out"))
    refc = f"_r = sg.filtfilt(*sg.iirnotch({f0}, {q}, {fs}), _r)"
    check = sub('''
    $pre
    _tt = np.arange(4 * $fs) / $fs
    _s = np.sin(2 * np.pi * 5 * _tt) + 0.5 * np.sin(2 * np.pi * $f0 * _tt)
    y = np.asarray($fn(list(_s), $fs))
    _r = _s.copy()
    $refc
    assert _eq(y, _r, 1e-5)
    assert np.max(np.abs(y[$fs:-$fs] - np.sin(2 * np.pi * 5 * _tt[$fs:-$fs]))) < 0.1
    ''', pre=PRELUDE, fn=fn, fs=fs, f0=f0, refc=refc)
    t = _task(fn, f"Remove {int(f0)} Hz power-line interference with a notch filter",
              f"{x}: sequence of floats; fs: sampling rate in Hz; f0: notch frequency; q: quality factor",
              ret_desc(rep) + ", same length", f"{fn}({x}, fs, f0={f0}, q={q})",
              f"Design scipy.signal.iirnotch(f0, q, fs) with f0 = {f0} Hz and q = {q}, apply it with filtfilt (zero phase).",
              "fs > 2 * f0", "numpy, scipy.signal", code, check)
    return Blk(t, f"{fn}($in, fs)", refc, f"remove {int(f0)} Hz mains hum with a notch filter", uses_fs=True)


def savgol(rng, rep):
    w = rng.choice([5, 7, 9, 11, 13, 15])
    p = rng.choice([2, 3, 4] if w > 5 else [2, 3])
    fn = rng.choice(["savgol_smooth", "savitzky_golay", "smooth_savgol", "polynomial_smooth"])
    x = _x(rng)
    code = sub('''
    import numpy as np
    from scipy.signal import savgol_filter

    def $fn($x, window=$w, polyorder=$p):
        """Savitzky-Golay smoothing: fit a polynomial of degree polyorder in each odd window.

        Returns a $rd with the same length as the input.
        """
        out = savgol_filter(np.asarray($x, dtype=float), window, polyorder)
        return $ret
    ''', fn=fn, x=x, w=w, p=p, rd=ret_desc(rep), ret=ret_line(rep, "out"))
    refc = f"_r = sg.savgol_filter(_r, {w}, {p})"
    check = sub('''
    $pre
    y = $fn(list(_x), $w, $p)
    _r = _x.copy()
    $refc
    assert _eq(y, _r)
    assert _eq($fn([float(i) for i in range(20)], $w, $p), [float(i) for i in range(20)])
    ''', pre=PRELUDE, fn=fn, w=w, p=p, refc=refc)
    t = _task(fn, f"Smooth with a Savitzky-Golay filter (window {w}, polynomial order {p})",
              f"{x}: sequence of floats; window: odd int; polyorder: int < window", ret_desc(rep) + ", same length",
              f"{fn}({x}, window={w}, polyorder={p})", f"scipy.signal.savgol_filter with window {w} and polyorder {p}; preserves peaks better than a moving average.",
              "len(x) >= window", "numpy, scipy.signal", code, check)
    return Blk(t, f"{fn}($in, {w}, {p})", refc, f"smooth it with a Savitzky-Golay filter (window {w}, order {p})")


def remove_mean(rng, rep):
    fn = rng.choice(["remove_mean", "remove_dc", "subtract_baseline", "center_signal"])
    x = _x(rng)
    code = sub('''
    def $fn($x):
        """Remove the DC offset: subtract the mean from every sample (empty input -> empty)."""
        if len($x) == 0:
            return $empty
        mean = sum($x) / len($x)
        return $ret
    ''', fn=fn, x=x, empty="np.array([])" if rep == "numpy" else "[]",
        ret=f"np.asarray({x}, dtype=float) - mean" if rep == "numpy" else f"[v - mean for v in {x}]")
    if rep == "numpy":
        code = "import numpy as np\n\n" + code
    check = sub('''
    $pre
    y = $fn(list(_x))
    assert _eq(y, _x - _x.mean())
    assert abs(sum(y)) < 1e-9
    assert len($fn([])) == 0
    ''', pre=PRELUDE, fn=fn)
    t = _task(fn, "Remove the DC offset by subtracting the mean", f"{x}: sequence of floats",
              ret_desc(rep) + " with zero mean", f"{fn}({x})", "Compute the mean and subtract it from each sample.",
              "empty input returns an empty result", "numpy" if rep == "numpy" else "none", code, check)
    return Blk(t, f"{fn}($in)", "_r = _r - _r.mean()", "remove the DC offset")


def normalize(rng, rep):
    kind = rng.choice(["zscore", "minmax"])
    x = _x(rng)
    if kind == "zscore":
        fn = rng.choice(["zscore_normalize", "standardize", "normalize_zscore"])
        code = sub('''
        import numpy as np

        def $fn($x):
            """Z-score normalisation: (x - mean) / std (population std); a flat signal maps to zeros."""
            arr = np.asarray($x, dtype=float)
            std = arr.std()
            out = np.zeros_like(arr) if std == 0 else (arr - arr.mean()) / std
            return $ret
        ''', fn=fn, x=x, ret=ret_line(rep, "out"))
        refc = "_r = (_r - _r.mean()) / _r.std()"
        beh = "Subtract the mean and divide by the population standard deviation; return zeros if the std is 0."
        desc = "Normalise the signal to zero mean and unit variance"
    else:
        fn = rng.choice(["minmax_normalize", "scale_to_unit", "normalize_range"])
        code = sub('''
        import numpy as np

        def $fn($x):
            """Min-max scaling to [0, 1]; a flat signal maps to zeros."""
            arr = np.asarray($x, dtype=float)
            span = arr.max() - arr.min()
            out = np.zeros_like(arr) if span == 0 else (arr - arr.min()) / span
            return $ret
        ''', fn=fn, x=x, ret=ret_line(rep, "out"))
        refc = "_r = (_r - _r.min()) / (_r.max() - _r.min())"
        beh = "Subtract the minimum and divide by (max - min); return zeros if max == min."
        desc = "Scale the signal to the range 0..1"
    check = sub('''
    $pre
    y = $fn(list(_x))
    _r = _x.copy()
    $refc
    assert _eq(y, _r)
    assert _eq($fn([2.0, 2.0, 2.0]), [0.0, 0.0, 0.0])
    ''', pre=PRELUDE, fn=fn, refc=refc)
    t = _task(fn, desc, f"{x}: non-empty sequence of floats", ret_desc(rep) + ", same length", f"{fn}({x})",
              beh, "non-empty input", "numpy", code, check)
    return Blk(t, f"{fn}($in)", refc, "normalise it" + (" to zero mean and unit variance" if kind == "zscore" else " to 0..1"))


def downsample(rng, rep, factor=None):
    factor = factor or rng.choice([2, 3, 4, 5, 6, 8, 10])
    fn = rng.choice(["downsample", "decimate_signal", "keep_every_nth", "reduce_rate"])
    x = _x(rng)
    code = sub('''
    def $fn($x, factor=$f):
        """Keep every `factor`-th sample starting with the first (no anti-alias filter)."""
        return $ret
    ''', fn=fn, x=x, f=factor, ret=f"np.asarray({x}, dtype=float)[::factor]" if rep == "numpy" else f"[float(v) for v in {x}[::factor]]")
    if rep == "numpy":
        code = "import numpy as np\n\n" + code
    check = sub('''
    $pre
    assert _eq($fn(list(_x), $f), _x[::$f])
    assert _eq($fn([1.0, 2.0, 3.0, 4.0, 5.0], 2), [1.0, 3.0, 5.0])
    ''', pre=PRELUDE, fn=fn, f=factor)
    t = _task(fn, f"Downsample by keeping every {factor}th sample", f"{x}: sequence of floats; factor: int >= 1",
              ret_desc(rep), f"{fn}({x}, factor={factor})", f"Keep samples 0, {factor}, {2 * factor}, ... (slice with step factor = {factor}).",
              "run a low-pass filter first when aliasing matters", "numpy" if rep == "numpy" else "none", code, check)
    return Blk(t, f"{fn}($in, {factor})", f"_r = _r[::{factor}]", f"downsample it by {factor}")


def clip_range(rng, rep, lo=None, hi=None):
    lo = -3.0 if lo is None else lo
    hi = 3.0 if hi is None else hi
    fn = rng.choice(["clip_values", "clamp_range", "limit_range", "saturate"])
    x = _x(rng)
    code = sub('''
    def $fn($x, lo=$lo, hi=$hi):
        """Clamp every sample to the range [lo, hi]."""
        return $ret
    ''', fn=fn, x=x, lo=lo, hi=hi, ret=f"np.clip(np.asarray({x}, dtype=float), lo, hi)" if rep == "numpy" else f"[min(max(float(v), lo), hi) for v in {x}]")
    if rep == "numpy":
        code = "import numpy as np\n\n" + code
    check = sub('''
    $pre
    assert _eq($fn([$lo - 1, 0.0, $hi + 1], $lo, $hi), [$lo, 0.0, $hi])
    assert _eq($fn(list(_x * 5), $lo, $hi), np.clip(_x * 5, $lo, $hi))
    ''', pre=PRELUDE, fn=fn, lo=lo, hi=hi)
    t = _task(fn, f"Clamp the samples to the valid range {lo}..{hi}", f"{x}: sequence of floats; lo, hi: bounds",
              ret_desc(rep) + ", same length", f"{fn}({x}, lo={lo}, hi={hi})", f"Replace values below lo = {lo} by {lo} and above hi = {hi} by {hi}.",
              "lo <= hi", "numpy" if rep == "numpy" else "none", code, check)
    return Blk(t, f"{fn}($in, {lo}, {hi})", f"_r = np.clip(_r, {lo}, {hi})", f"clamp it to {lo}..{hi}")
