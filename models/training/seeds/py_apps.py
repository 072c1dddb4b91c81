"""Application-level Python problems: heartbeat, HRV, HAR, fall detection, step counting,
sensor fusion, GPS, environmental, energy and streaming. Checks use synthetic signals
with a known answer."""
from __future__ import annotations

import random

from . import py_blocks as B
from .common import Problem, Task, dedent, grid, modality_words, py_context, requirement, sub

T = B._task


def _entry(name, sig, desc, inputs, outputs, beh, cons, libs, code, check):
    return Task(name=name, description=desc, inputs=inputs, outputs=outputs, signature=sig, behaviour=beh,
                constraints=cons, libraries=libs, code=dedent(code), check=dedent(check))


def _mk(rng, family, modality, ctx, call, ret, extras, tasks, entry, libs):
    return Problem(language="python", family=family, modality=modality, requirement=requirement(rng, ctx, call, ret, extras),
                   tasks=tasks, entry=entry, context=py_context(rng, libs))


# ---- shared helpers -------------------------------------------------------------------

def magnitude_task(rng):
    fn = rng.choice(["vector_magnitude", "acc_magnitude", "compute_magnitude", "norm_xyz"])
    code = sub('''
    import math

    def $fn(ax, ay, az):
        """Per-sample Euclidean norm sqrt(ax^2 + ay^2 + az^2) of three equal-length axes."""
        return [math.sqrt(x * x + y * y + z * z) for x, y, z in zip(ax, ay, az)]
    ''', fn=fn)
    check = sub('''
    assert $fn([3.0, 0.0], [4.0, 0.0], [0.0, 1.0]) == [5.0, 1.0]
    assert $fn([], [], []) == []
    ''', fn=fn)
    return T(fn, "Compute the acceleration magnitude of every sample", "ax, ay, az: equal-length lists of floats (g)",
             "list of floats, magnitude in g", f"{fn}(ax, ay, az)", "sqrt(ax^2 + ay^2 + az^2) per sample; orientation independent.",
             "inputs have the same length", "math", code, check)


def peak_task(rng, fs_arg=True):
    fn = rng.choice(["detect_peaks", "find_peaks_simple", "locate_peaks", "find_beats", "pick_peaks"])
    gap = grid(rng, 0.2, 0.45, 0.05)
    k = grid(rng, 0.3, 1.2, 0.1)
    if rng.random() < 0.5:
        code = sub('''
        import numpy as np
        from scipy.signal import find_peaks

        def $fn(x, fs, min_gap_s=$gap):
            """Indices of peaks higher than mean + $k * std and at least min_gap_s seconds apart."""
            arr = np.asarray(x, dtype=float)
            height = arr.mean() + $k * arr.std()
            peaks, _ = find_peaks(arr, height=height, distance=max(1, int(min_gap_s * fs)))
            return [int(p) for p in peaks]
        ''', fn=fn, gap=gap, k=k)
        libs = "numpy, scipy.signal"
    else:
        code = sub('''
        import numpy as np

        def $fn(x, fs, min_gap_s=$gap):
            """Indices of local maxima above mean + $k * std, keeping the higher one when
            two peaks are closer than min_gap_s seconds."""
            arr = np.asarray(x, dtype=float)
            height = arr.mean() + $k * arr.std()
            gap = max(1, int(min_gap_s * fs))
            peaks = []
            for i in range(1, len(arr) - 1):
                if arr[i] > height and arr[i] >= arr[i - 1] and arr[i] > arr[i + 1]:
                    if peaks and i - peaks[-1] < gap:
                        if arr[i] > arr[peaks[-1]]:
                            peaks[-1] = i
                    else:
                        peaks.append(i)
            return peaks
        ''', fn=fn, gap=gap, k=k)
        libs = "numpy"
    check = sub('''
    import numpy as np
    fs = 50
    t = np.arange(500) / fs
    x = np.sin(2 * np.pi * 1.0 * t) ** 21
    p = $fn(list(x), fs)
    assert len(p) == 10, p
    assert all(abs(b - a - 50) <= 1 for a, b in zip(p, p[1:]))
    assert $fn([0.0] * 20, fs) == []
    ''', fn=fn)
    t = T(fn, "Detect the peaks with an amplitude threshold and a minimum distance", "x: sequence of floats; fs: sampling rate in Hz",
          "list of int peak indices", f"{fn}(x, fs, min_gap_s={gap})",
          f"Threshold = mean + {k} * std; keep local maxima above it that are at least min_gap_s = {gap} s (int({gap} * fs) samples) apart.",
          f"refractory period {gap} s", libs, code, check)
    t.k, t.gap = k, gap
    return t


def _peak_signal_check(entry, call_args, rate_var, build_input, tol, extra=""):
    return dedent(f'''
    import numpy as np
    {extra}
    for _bpm, _fs in ((60, 50), (75, 100), (110, 64)):
        _t = np.arange(int(20 * _fs)) / _fs
        _sig = np.sin(np.pi * _bpm / 60.0 * _t) ** 20 + 0.2 * np.sin(2 * np.pi * 0.15 * _t) + 0.02 * np.random.default_rng(1).standard_normal(len(_t))
        {build_input}
        _hr = {entry}({call_args})
        assert abs(_hr - _bpm) < {tol}, (_bpm, _hr)
    ''')


def gen_heart_rate(rng: random.Random) -> Problem:
    modality = rng.choice(["ppg", "ppg", "ecg"])
    mw = modality_words(rng, modality)
    var = mw["var"]
    rep = rng.choice(["list", "numpy", "csv"])
    tasks = []
    front = None
    if rep == "csv":
        front, _col = B.parse_csv(rng, col=1)
        tasks.append(front.task)
    band = (rng.choice([0.5, 0.5, 0.6, 0.7]), rng.choice([3.5, 4.0, 4.0, 5.0]))
    filt = B.butter(rng, "list", "band", 50, band=band) if rng.random() < 0.6 else None
    if filt is not None:
        # a heart-rate band, whatever fs is
        f = filt.task
        code = f.code
        chk = f.check.split("y = ")[0] + dedent('''
        _tt = np.arange(1000) / 50.0
        _s = np.sin(2 * np.pi * 1.5 * _tt) + 2.0 + np.sin(2 * np.pi * 15 * _tt)
        y = np.asarray(%s(list(_s), 50))
        assert len(y) == len(_s)
        assert np.max(np.abs(y[200:-200] - np.sin(2 * np.pi * 1.5 * _tt[200:-200]))) < 0.15
        ''' % f.name)
        f = T(f.name, f"Band-pass filter the signal to the heart-rate band {band[0]}-{band[1]} Hz", f.inputs.replace("low, high: cut-off in Hz", "low, high: band edges in Hz"),
              "list of floats, same length", f.signature,
              f.behaviour, f.constraints, f.libraries, code, chk)
        tasks.append(f)
        fcall = f"{f.name}(x, fs)"
    else:
        f = B.remove_mean(rng, "list").task
        tasks.append(f)
        fcall = f"{f.name}(x)"
    pk = peak_task(rng)
    tasks.append(pk)
    bfn = rng.choice(["peaks_to_bpm", "intervals_to_bpm", "beats_per_minute", "compute_bpm"])
    bcode = sub('''
    def $fn(peaks, fs):
        """Heart rate in beats per minute from peak indices: 60 / mean interval (s).
        Returns 0.0 when fewer than two peaks are given."""
        if len(peaks) < 2:
            return 0.0
        intervals = [(b - a) / fs for a, b in zip(peaks, peaks[1:])]
        return 60.0 / (sum(intervals) / len(intervals))
    ''', fn=bfn)
    bcheck = sub('''
    assert abs($fn([0, 50, 100, 150], 50) - 60.0) < 1e-9
    assert abs($fn([10, 40, 70], 60) - 120.0) < 1e-9
    assert $fn([5], 50) == 0.0
    ''', fn=bfn)
    tasks.append(T(bfn, "Convert the peak-to-peak intervals to beats per minute", "peaks: list of int indices; fs: sampling rate in Hz",
                   "float heart rate in bpm", f"{bfn}(peaks, fs)", "Mean interval between consecutive peaks in seconds; bpm = 60 / interval; 0.0 if < 2 peaks.",
                   "none", "none", bcode, bcheck))
    entry_name = rng.choice(["estimate_heart_rate", "heart_rate_bpm", f"hr_from_{modality}", "compute_heart_rate", "run_pipeline"])
    first = f"{front.task.name}({var})" if front else var
    code = sub('''
    def $e($v, fs):
        """Heart rate in bpm from a $mod recording sampled at fs Hz."""
        x = $first
        x = $fcall
        peaks = $pk(x, fs)
        return $bfn(peaks, fs)
    ''', e=entry_name, v=var, mod=modality.upper(), first=first, fcall=fcall, pk=pk.name, bfn=bfn)
    if rep == "csv":
        build = "_in = ['t,v'] + [f'{_i / _fs},{float(_s)!r}' for _i, _s in enumerate(_sig)]"
    elif rep == "numpy":
        build = "_in = _sig"
    else:
        build = "_in = [float(v) for v in _sig]"
    check = _peak_signal_check(entry_name, "_in, _fs", "_bpm", build, 3)
    rd = {"list": "a list", "numpy": "a numpy array", "csv": "a list of CSV rows 'time,value'"}[rep]
    ctx = f"{var} is {rd} of {mw['noun']} samples from a {mw['where']} sensor, sampled at fs Hz"
    extras = rng.choice([[], ["The signal has baseline wander."], ["Ignore small noise peaks."], [f"Typical fs is {mw['fs']} Hz."], ["Use numpy/scipy."]])
    if filt is not None and rng.random() < 0.8:
        extras = extras + [f"Band-pass the signal to {band[0]}-{band[1]} Hz first."]
    if rng.random() < 0.7:
        extras = extras + [f"A beat is a peak above mean + {pk.k} * std, at least {pk.gap} s after the previous one."]
    libs = sorted({l.strip() for t in tasks for l in t.libraries.split(",") if l.strip() != "none"})
    entry = _entry(entry_name, f"{entry_name}({var}, fs)", "Entry: estimate the heart rate", f"{var}: {rd} of samples; fs: Hz",
                   "float heart rate in bpm", f"x = {first}; x = {fcall}; peaks = {pk.name}(x, fs); return {bfn}(peaks, fs).",
                   "none", ", ".join(libs), code, check)
    ret = rng.choice(["returns the heart rate in beats per minute", "returns the average heart rate (bpm) as a float", "estimates the pulse rate in bpm"])
    return _mk(rng, "heartbeat", modality, ctx, f"{entry_name}({var}, fs)", ret, extras, tasks, entry, libs)


def gen_hrv(rng: random.Random) -> Problem:
    inp = rng.choice(["times", "indices"])
    metric = rng.choice(["rmssd", "sdnn", "pnn50", "both"])
    tasks = []
    rfn = rng.choice(["rr_intervals_ms", "compute_rr", "peak_intervals_ms", "ibi_ms"])
    if inp == "times":
        code = sub('''
        def $fn(beat_times):
            """RR intervals in milliseconds from beat times in seconds."""
            return [(b - a) * 1000.0 for a, b in zip(beat_times, beat_times[1:])]
        ''', fn=rfn)
        check = sub('''
        r = $fn([0.0, 0.8, 1.65, 2.45])
        assert [round(v, 6) for v in r] == [800.0, 850.0, 800.0]
        assert $fn([1.0]) == []
        ''', fn=rfn)
        tasks.append(T(rfn, "Compute RR intervals in ms from beat times", "beat_times: list of beat times in seconds", "list of RR intervals in ms",
                       f"{rfn}(beat_times)", "Differences of consecutive beat times, times 1000.", "none", "none", code, check))
        args, argdesc = "beat_times", "beat_times is a list of heartbeat times in seconds detected by an ECG/PPG front end"
        first = f"{rfn}(beat_times)"
    else:
        code = sub('''
        def $fn(peaks, fs):
            """RR intervals in milliseconds from peak sample indices at fs Hz."""
            return [(b - a) * 1000.0 / fs for a, b in zip(peaks, peaks[1:])]
        ''', fn=rfn)
        check = sub('''
        assert $fn([0, 200, 425], 250) == [800.0, 900.0]
        assert $fn([], 250) == []
        ''', fn=rfn)
        tasks.append(T(rfn, "Convert peak indices to RR intervals in ms", "peaks: list of int sample indices; fs: Hz", "list of RR intervals in ms",
                       f"{rfn}(peaks, fs)", "Differences of consecutive indices divided by fs, times 1000.", "none", "none", code, check))
        args, argdesc = "peaks, fs", "peaks is a list of R-peak sample indices from an ECG sampled at fs Hz"
        first = f"{rfn}(peaks, fs)"
    lo, hi = rng.choice([(300, 2000), (250, 2000), (330, 1500), (grid(rng, 250, 400, 10), grid(rng, 1300, 2200, 100))])
    ffn = rng.choice(["remove_ectopic", "filter_rr", "clean_intervals", "drop_artifacts"])
    code = sub('''
    def $fn(rr, lo=$lo, hi=$hi):
        """Keep only physiologically plausible RR intervals (lo <= rr <= hi, in ms)."""
        return [v for v in rr if lo <= v <= hi]
    ''', fn=ffn, lo=lo, hi=hi)
    check = sub('''
    assert $fn([100.0, 800.0, 2500.0, 950.0], $lo, $hi) == [800.0, 950.0]
    ''', fn=ffn, lo=lo, hi=hi)
    tasks.append(T(ffn, f"Drop RR intervals outside {lo}-{hi} ms (artefacts, ectopic beats)", "rr: list of RR intervals in ms", "list of RR intervals in ms",
                   f"{ffn}(rr, lo={lo}, hi={hi})", f"Keep the intervals v with {lo} <= v <= {hi} ms, in their original order.", "none", "none", code, check))
    mcode = {
        "rmssd": ("rmssd", "Root mean square of successive RR differences (ms)", "sqrt(mean(diff(rr)^2)); 0.0 with fewer than 2 intervals",
                  "    if len(rr) < 2:\n        return 0.0\n    d = [b - a for a, b in zip(rr, rr[1:])]\n    return math.sqrt(sum(v * v for v in d) / len(d))",
                  "float(np.sqrt(np.mean(np.diff(_rr) ** 2)))"),
        "sdnn": ("sdnn", "Standard deviation of the RR intervals (ms, sample std)", "sample standard deviation (n - 1); 0.0 with fewer than 2 intervals",
                 "    if len(rr) < 2:\n        return 0.0\n    m = sum(rr) / len(rr)\n    return math.sqrt(sum((v - m) ** 2 for v in rr) / (len(rr) - 1))",
                 "float(np.std(_rr, ddof=1))"),
        "pnn50": ("pnn50", "Percentage of successive RR differences larger than 50 ms", "100 * count(|diff| > 50) / number of differences; 0.0 with fewer than 2 intervals",
                  "    if len(rr) < 2:\n        return 0.0\n    d = [abs(b - a) for a, b in zip(rr, rr[1:])]\n    return 100.0 * sum(1 for v in d if v > 50) / len(d)",
                  "float(100.0 * np.mean(np.abs(np.diff(_rr)) > 50))"),
    }
    mets = ["rmssd", "sdnn"] if metric == "both" else [metric]
    for m in mets:
        key, desc, beh, body, ref = mcode[m]
        fn = rng.choice([f"compute_{key}", key, f"hrv_{key}"])
        code = f'import math\n\n\ndef {fn}(rr):\n    """{desc}."""\n{body}'
        check = dedent(f'''
        import numpy as np
        _rr = [800.0, 850.0, 790.0, 900.0, 760.0, 820.0]
        assert abs({fn}(_rr) - {ref}) < 1e-9
        assert {fn}([800.0]) == 0.0
        ''')
        tasks.append(T(fn, desc, "rr: list of RR intervals in ms", "float", f"{fn}(rr)", beh, "none", "math", code, check))
    entry_name = rng.choice(["compute_hrv", "hrv_metrics", "heart_rate_variability", "run_pipeline"])
    if metric == "both":
        ret_code = f"    return {{\"rmssd\": {tasks[-2].name}(rr), \"sdnn\": {tasks[-1].name}(rr)}}"
        out = 'dict {"rmssd": float, "sdnn": float}'
        refexp = '{"rmssd": float(np.sqrt(np.mean(np.diff(_rr) ** 2))), "sdnn": float(np.std(_rr, ddof=1))}'
        cmp = "assert set(_y) == {'rmssd', 'sdnn'} and all(abs(_y[k] - _e[k]) < 1e-6 for k in _e)"
    else:
        ret_code = f"    return {tasks[-1].name}(rr)"
        out = f"float {metric.upper()}"
        refexp = mcode[metric][4]
        cmp = "assert abs(_y - _e) < 1e-6, (_y, _e)"
    code = f'def {entry_name}({args}):\n    """HRV from {"beat times" if inp == "times" else "R-peak indices"}: RR intervals, artefact removal, metrics."""\n    rr = {first}\n    rr = {tasks[1].name}(rr)\n{ret_code}'
    if inp == "times":
        setup = "_bt = [0.0, 0.8, 1.65, 2.44, 2.5, 3.34, 4.1, 4.92, 7.5, 8.3]\n_y = %s(_bt)\n_rr = [(b - a) * 1000.0 for a, b in zip(_bt, _bt[1:])]" % entry_name
    else:
        setup = "_pk = [0, 200, 412, 610, 625, 835, 1025, 1230, 1875, 2075]\n_y = %s(_pk, 250)\n_rr = [(b - a) * 4.0 for a, b in zip(_pk, _pk[1:])]" % entry_name
    check = "import numpy as np\n" + setup + f"\n_rr = [v for v in _rr if {lo} <= v <= {hi}]\n_e = {refexp}\n{cmp}\n"
    entry = _entry(entry_name, f"{entry_name}({args})", "Entry: compute heart-rate variability", args, out,
                   f"rr = {first}; rr = {tasks[1].name}(rr) (keeps {lo}-{hi} ms); return " + (f"{{rmssd, sdnn}} from {tasks[-2].name} and {tasks[-1].name}." if metric == "both" else f"{tasks[-1].name}(rr)."),
                   f"RR kept only in {lo}-{hi} ms", "math", code, check)
    ret = {"rmssd": "returns RMSSD in ms", "sdnn": "returns SDNN in ms", "pnn50": "returns pNN50 in percent",
           "both": "returns a dict with RMSSD and SDNN in ms"}[metric]
    extras = [f"Discard RR intervals outside {lo}-{hi} ms."] if rng.random() < 0.7 else []
    return _mk(rng, "heartbeat", "ecg" if inp == "indices" else "ppg", argdesc, f"{entry_name}({args})", ret, extras, tasks, entry, ["math"])


def _accel_ctx(rng):
    where = rng.choice(["wrist-worn", "waist-worn", "phone", "pendant", "ankle"])
    rep = rng.choice(["lists", "numpy arrays"])
    return where, rep


def gen_har(rng: random.Random) -> Problem:
    where, rep = _accel_ctx(rng)
    mag = magnitude_task(rng)
    wfn = rng.choice(["window_std", "segment_std", "windowed_variability", "activity_feature"])
    win_s = rng.choice([1.0, 2.0, 2.56, 1.5, 3.0, 4.0, 5.0])
    code = sub('''
    import numpy as np

    def $fn(mag, fs, window_s=$w):
        """Standard deviation of the magnitude in consecutive non-overlapping windows of window_s seconds."""
        n = int(window_s * fs)
        arr = np.asarray(mag, dtype=float)
        return [float(arr[i:i + n].std()) for i in range(0, len(arr) - n + 1, n)]
    ''', fn=wfn, w=win_s)
    check = sub('''
    import numpy as np
    r = $fn([1.0] * 100 + [0.0, 2.0] * 50, 50, 2.0)
    assert len(r) == 2 and abs(r[0]) < 1e-12 and abs(r[1] - 1.0) < 1e-12
    assert $fn([1.0] * 10, 50, 2.0) == []
    ''', fn=wfn)
    wt = T(wfn, f"Cut the magnitude into {win_s} s windows and compute the std of each", "mag: list of floats; fs: Hz; window_s: seconds",
           "list of floats, one std per window", f"{wfn}(mag, fs, window_s={win_s})", f"Window length n = int({win_s} * fs) samples (window_s = {win_s} s), no overlap, partial window dropped; population std of each.",
           "none", "numpy", code, check)
    t1, t2 = rng.choice([(0.05, 0.5), (0.08, 0.6), (0.1, 0.8), (grid(rng, 0.03, 0.15, 0.01), grid(rng, 0.3, 1.0, 0.05))])
    labels = rng.choice([("still", "walking", "running"), ("rest", "walk", "run"), ("idle", "walking", "running")])
    cfn = rng.choice(["classify_window", "label_activity", "activity_from_std", "rule_classifier"])
    code = sub('''
    def $fn(std_g, still_max=$t1, walk_max=$t2):
        """Rule-based activity label from the magnitude std (g) of one window."""
        if std_g < still_max:
            return "$l0"
        if std_g < walk_max:
            return "$l1"
        return "$l2"
    ''', fn=cfn, t1=t1, t2=t2, l0=labels[0], l1=labels[1], l2=labels[2])
    check = sub('''
    assert $fn(0.0) == "$l0"
    assert $fn(($t1 + $t2) / 2) == "$l1"
    assert $fn($t2 + 1) == "$l2"
    ''', fn=cfn, t1=t1, t2=t2, l0=labels[0], l1=labels[1], l2=labels[2])
    ct = T(cfn, f"Label a window as {labels[0]}, {labels[1]} or {labels[2]} from its std", "std_g: float std of magnitude in g",
           "str label", f"{cfn}(std_g, still_max={t1}, walk_max={t2})", f"std < {t1}: {labels[0]}; std < {t2}: {labels[1]}; else {labels[2]}.",
           "thresholds in g", "none", code, check)
    entry_name = rng.choice(["classify_activity", "recognize_activity", "har_pipeline", "detect_activity", "run_pipeline"])
    code = sub('''
    def $e(ax, ay, az, fs):
        """Activity label per window from 3-axis accelerometer data (g) at fs Hz."""
        mag = $m(ax, ay, az)
        return [$c(s) for s in $w(mag, fs)]
    ''', e=entry_name, m=mag.name, c=cfn, w=wfn)
    check = sub('''
    import numpy as np
    fs = 50
    n = int($win * fs)
    t = np.arange(3 * n) / fs
    amp = np.concatenate([np.zeros(n), np.full(n, ($t1 + $t2) / 2), np.full(n, 3.0 * $t2)])
    az = 1.0 + amp * np.sin(2 * np.pi * 2.0 * t) / 0.70710678
    ax = np.zeros_like(az); ay = np.zeros_like(az)
    ax = $conv(ax); ay = $conv(ay); az = $conv(az)
    y = $e(ax, ay, az, fs)
    assert list(y) == ["$l0", "$l1", "$l2"], y
    ''', e=entry_name, win=win_s, t1=t1, t2=t2, l0=labels[0], l1=labels[1], l2=labels[2], conv="list" if rep == "lists" else "np.asarray")
    tasks = [mag, wt, ct]
    entry = _entry(entry_name, f"{entry_name}(ax, ay, az, fs)", "Entry: classify activity per window", "ax, ay, az: accelerometer axes in g; fs: Hz",
                   "list of str labels, one per window", f"mag = {mag.name}(ax, ay, az); return [{cfn}(s) for s in {wfn}(mag, fs)]: {win_s} s windows, std < {t1} g {labels[0]}, < {t2} g {labels[1]}, else {labels[2]}.", "none", "math, numpy", code, check)
    ctx = f"ax, ay, az are {rep} of {where} accelerometer samples in g at fs Hz"
    ret = rng.choice([f"returns one label ({labels[0]}/{labels[1]}/{labels[2]}) per {win_s} s window",
                      f"classifies every {win_s} s window as {labels[0]}, {labels[1]} or {labels[2]} and returns the list of labels"])
    extras = [f"Use simple thresholds on the magnitude standard deviation ({t1} g and {t2} g)."] if rng.random() < 0.8 else []
    extras += rng.choice([["No machine learning library is available."], []])
    return _mk(rng, "har", "accelerometer", ctx, f"{entry_name}(ax, ay, az, fs)", ret, extras, tasks, entry, ["math", "numpy"])


def gen_fall(rng: random.Random) -> Problem:
    where, rep = _accel_ctx(rng)
    mag = magnitude_task(rng)
    ff, imp = rng.choice([(0.4, 2.5), (0.5, 2.0), (0.35, 3.0), (0.6, 2.2), (grid(rng, 0.3, 0.6, 0.05), grid(rng, 1.8, 3.2, 0.1))])
    win = grid(rng, 0.5, 2.0, 0.25)
    f1 = rng.choice(["find_free_fall", "freefall_indices", "low_g_samples"])
    c1 = sub('''
    def $fn(mag, threshold=$ff):
        """Indices where the magnitude drops below threshold g (free fall)."""
        return [i for i, m in enumerate(mag) if m < threshold]
    ''', fn=f1, ff=ff)
    k1 = sub('''
    assert $fn([1.0, $ff - 0.1, 1.0, 0.0], $ff) == [1, 3]
    ''', fn=f1, ff=ff)
    f2 = rng.choice(["impact_after", "has_impact_after", "find_impact"])
    c2 = sub('''
    def $fn(mag, start, fs, window_s=$win, threshold=$imp):
        """True if the magnitude exceeds threshold g within window_s seconds after index start."""
        end = min(len(mag), start + int(window_s * fs) + 1)
        return any(m > threshold for m in mag[start:end])
    ''', fn=f2, win=win, imp=imp)
    k2 = sub('''
    m = [1.0] * 100
    m[30] = $imp + 0.5
    assert $fn(m, 25, 50, $win, $imp)
    assert not $fn(m, 31, 50, $win, $imp)
    assert not $fn(m, 0, 10, 0.5, $imp)
    ''', fn=f2, win=win, imp=imp)
    t1 = T(f1, f"Find free-fall samples (magnitude below {ff} g)", "mag: list of floats in g; threshold: g", "list of int indices",
           f"{f1}(mag, threshold={ff})", f"Return the indices i with mag[i] < {ff} g (strictly below).", "none", "none", c1, k1)
    t2 = T(f2, f"Check for an impact above {imp} g within {win} s after a free-fall sample", "mag: list of floats in g; start: index; fs: Hz",
           "bool", f"{f2}(mag, start, fs, window_s={win}, threshold={imp})", f"True if any mag[start : start + int({win} * fs) + 1] is > {imp} g, else False.",
           "none", "none", c2, k2)
    entry_name = rng.choice(["detect_fall", "is_fall", "fall_detected", "check_for_fall"])
    code = sub('''
    def $e(ax, ay, az, fs):
        """True if a free fall is followed by an impact (3-axis accelerometer in g at fs Hz)."""
        mag = $m(ax, ay, az)
        for i in $f1(mag):
            if $f2(mag, i, fs):
                return True
        return False
    ''', e=entry_name, m=mag.name, f1=f1, f2=f2)
    check = sub('''
    import numpy as np
    fs = 50
    az = np.ones(300)
    ax = np.zeros(300); ay = np.zeros(300)
    assert $e($conv(ax), $conv(ay), $conv(az), fs) is False
    az2 = az.copy(); az2[100:112] = $ff / 2; az2[112 + int($win * fs * 0.5)] = $imp + 1.0
    assert $e($conv(ax), $conv(ay), $conv(az2), fs) is True
    az3 = az.copy(); az3[100:112] = $ff / 2; az3[250] = $imp + 1.0
    assert $e($conv(ax), $conv(ay), $conv(az3), fs) is False
    az4 = az.copy(); az4[50] = $imp + 1.0
    assert $e($conv(ax), $conv(ay), $conv(az4), fs) is False
    ''', e=entry_name, ff=ff, imp=imp, win=win, conv="list" if rep == "lists" else "np.asarray")
    entry = _entry(entry_name, f"{entry_name}(ax, ay, az, fs)", "Entry: detect a fall", "ax, ay, az: axes in g; fs: Hz", "bool",
                   f"mag = {mag.name}(ax, ay, az); for each i in {f1}(mag) (< {ff} g) return True if {f2}(mag, i, fs) (> {imp} g within {win} s); else False.", f"impact within {win} s", "math", code, check)
    ctx = f"ax, ay, az are {rep} of a {where} accelerometer (g) sampled at fs Hz"
    ret = rng.choice([f"returns True when a free fall (< {ff} g) is followed by an impact (> {imp} g) within {win} s",
                      f"detects a fall: magnitude under {ff} g followed within {win} s by a spike over {imp} g; return a bool"])
    extras = rng.choice([[], ["Runs on a wearable gateway, keep it simple."], ["A single spike without free fall is not a fall."]])
    return _mk(rng, "fall", "accelerometer", ctx, f"{entry_name}(ax, ay, az, fs)", ret, extras, [mag, t1, t2], entry, ["math"])


def gen_steps(rng: random.Random) -> Problem:
    where, rep = _accel_ctx(rng)
    mag = magnitude_task(rng)
    ma = B.moving_average(rng, "list", rng.randint(2, 7))
    w = int(ma.call.split(", ")[1].rstrip(")"))
    sfn = rng.choice(["count_peaks", "count_step_peaks", "peak_count"])
    th = grid(rng, 1.05, 1.4, 0.05)
    gap = grid(rng, 0.2, 0.35, 0.05)
    code = sub('''
    def $fn(x, fs, threshold=$th, min_gap_s=$gap):
        """Count local maxima above threshold that are at least min_gap_s seconds apart."""
        gap = max(1, int(min_gap_s * fs))
        count = 0
        last = -gap
        for i in range(1, len(x) - 1):
            if x[i] > threshold and x[i] >= x[i - 1] and x[i] > x[i + 1] and i - last >= gap:
                count += 1
                last = i
        return count
    ''', fn=sfn, th=th, gap=gap)
    check = sub('''
    import numpy as np
    t = np.arange(500) / 50
    assert $fn(list(1.0 + 0.5 * np.sin(2 * np.pi * 2 * t)), 50, $th, $gap) == 20
    assert $fn([1.0] * 50, 50, $th, $gap) == 0
    ''', fn=sfn, th=th, gap=gap)
    st = T(sfn, f"Count peaks above {th} g at least {gap} s apart", "x: list of floats (g); fs: Hz", "int peak count",
           f"{sfn}(x, fs, threshold={th}, min_gap_s={gap})", f"Count local maxima x[i] > {th} g (x[i] >= x[i-1], x[i] > x[i+1]) at least int({gap} * fs) samples after the last counted one.", "none", "none", code, check)
    entry_name = rng.choice(["count_steps", "step_counter", "pedometer", "estimate_steps"])
    code = sub('''
    def $e(ax, ay, az, fs):
        """Number of steps in a 3-axis accelerometer recording (g) at fs Hz."""
        mag = $m(ax, ay, az)
        smooth = $ma(mag, $w)
        return $s(smooth, fs)
    ''', e=entry_name, m=mag.name, ma=ma.task.name, w=w, s=sfn)
    check = sub('''
    import numpy as np
    for steps_hz, secs in ((1.8, 10), (2.5, 8)):
        fs = 50
        t = np.arange(int(secs * fs)) / fs
        az = 1.0 + 0.6 * np.sin(2 * np.pi * steps_hz * t) + 0.02 * np.random.default_rng(3).standard_normal(len(t))
        ax = 0.1 * np.ones(len(t)); ay = np.zeros(len(t))
        n = $e($conv(ax), $conv(ay), $conv(az), fs)
        assert abs(n - round(steps_hz * secs)) <= 1, n
    ''', e=entry_name, conv="list" if rep == "lists" else "np.asarray")
    tasks = [mag, ma.task, st]
    entry = _entry(entry_name, f"{entry_name}(ax, ay, az, fs)", "Entry: count steps", "ax, ay, az: axes in g; fs: Hz", "int number of steps",
                   f"mag = {mag.name}(ax, ay, az); smooth = {ma.task.name}(mag, {w}); return {sfn}(smooth, fs) (peaks > {th} g, {gap} s apart).", "none", "math", code, check)
    ctx = f"ax, ay, az are {rep} from a {where} accelerometer in g, sampled at fs Hz while the user walks"
    ret = rng.choice(["returns the number of steps", "counts the steps taken and returns an int"])
    ret += f" (a step is a peak of the smoothed magnitude above {th} g, at least {gap} s after the previous step)"
    extras = rng.choice([[], [f"Smooth the magnitude with a {w}-sample moving average before counting."], ["Steps are at most about 3 per second."]])
    return _mk(rng, "step_counting", "accelerometer", ctx, f"{entry_name}(ax, ay, az, fs)", ret, extras, tasks, entry, ["math"])


GENERATORS = [("py_heart_rate", gen_heart_rate, 90), ("py_hrv", gen_hrv, 60), ("py_har", gen_har, 60),
              ("py_fall", gen_fall, 50), ("py_steps", gen_steps, 50)]
