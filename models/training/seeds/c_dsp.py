"""C signal-processing problems: moving average / median / IIR filters, decimation and
resampling, peaks and heart rate, HRV, frame features, z-score and sensor-fault checks,
tilt, complementary and Kalman fusion, fall and step detection, Goertzel, Q15 FIR, NTC
thermistors and rule-based activity classes. Arrays of float / double / int16_t, caller
buffers, no malloc. Golden values come from Python references with the same semantics."""
from __future__ import annotations

import math
import random

from .c_common import carr, cproblem, ctask, resource
from .common import grid, modality_words, sub

FT = {"float": dict(T="float", s="f", sqrt="sqrtf", fabs="fabsf", atan2="atan2f"),
      "double": dict(T="double", s="", sqrt="sqrt", fabs="fabs", atan2="atan2")}


def _ft(rng, p_float=0.7):
    return FT["float"] if rng.random() < p_float else FT["double"]


def _lit(v, ft):
    return repr(float(v)) + ft["s"]


def _farr(vals, ft):
    return "{" + ", ".join(_lit(v, ft) for v in vals) + "}"


def _darr(vals):
    return "{" + ", ".join(repr(float(v)) for v in vals) + "}"


def _near(expr, want, tol=1e-3):
    w = repr(float(want))
    return f"CHECK(fabs((double)({expr}) - {w}) <= {tol} * (1.0 + fabs({w})));"


def _all_near(out, want, n, tol=1e-3):
    return (f"const double want[] = {_darr(want)};\nfor (int i = 0; i < {n}; i++) {{\n"
            f"    CHECK(fabs((double){out}[i] - want[i]) <= {tol} * (1.0 + fabs(want[i])));\n}}")


def _tdiv(a, b):
    q = abs(a) // abs(b)
    return q if (a >= 0) == (b > 0) else -q


def _res(rng, uses_float):
    r = resource(rng, not uses_float)
    return [] if uses_float and any("floating" in s for s in r) else r


def _a(word):
    return ("an " if word[0] in "aeiou" else "a ") + word


def _data(rng):
    return random.Random(rng.random())


def _unit(r):
    v = [r.gauss(0, 1) for _ in range(3)]
    s = math.sqrt(sum(c * c for c in v)) or 1.0
    return [c / s for c in v]


def _mag(x, y, z):
    return math.sqrt(x * x + y * y + z * z)


# ---- shared helper tasks --------------------------------------------------------------

def _mean_task(rng, ft):
    fn = rng.choice(["mean_f", "array_mean", "sample_mean", "buf_mean"])
    code = sub('''
    #include <stddef.h>

    /* $fn: arithmetic mean of n >= 1 samples. */
    $T $fn(const $T *x, size_t n)
    {
        $T sum = 0;
        for (size_t i = 0; i < n; i++) {
            sum += x[i];
        }
        return sum / ($T)n;
    }
    ''', fn=fn, **ft)
    chk = f"const {ft['T']} x[] = {{1.0, 2.0, 4.5, -1.5}};\n{_near(f'{fn}(x, 4)', 1.5, 1e-6)}\n{_near(f'{fn}(x, 1)', 1.0, 1e-6)}"
    return ctask(fn, "Compute the mean of a buffer", "x: samples; n >= 1", f"{ft['T']} mean", f"{ft['T']} {fn}(const {ft['T']} *x, size_t n)",
                 "Sum in the sample type, divide by n.", "n >= 1; no malloc", code, chk, "stddef.h")


def _std_task(rng, ft):
    fn = rng.choice(["std_pop", "pop_stddev", "stddev_pop", "std_dev"])
    code = sub('''
    #include <math.h>
    #include <stddef.h>

    /* $fn: population standard deviation (divide by n) of n >= 1 samples around mean. */
    $T $fn(const $T *x, size_t n, $T mean)
    {
        $T acc = 0;
        for (size_t i = 0; i < n; i++) {
            $T d = x[i] - mean;
            acc += d * d;
        }
        return $sqrt(acc / ($T)n);
    }
    ''', fn=fn, **ft)
    chk = (f"const {ft['T']} x[] = {{2, 4, 4, 4, 5, 5, 7, 9}};\n{_near(f'{fn}(x, 8, 5)', 2.0, 1e-6)}\n"
           f"const {ft['T']} c[] = {{3, 3, 3}};\n{_near(f'{fn}(c, 3, 3)', 0.0, 1e-6)}")
    return ctask(fn, "Compute the population standard deviation", "x: samples; n >= 1; mean: their mean", f"{ft['T']} standard deviation",
                 f"{ft['T']} {fn}(const {ft['T']} *x, size_t n, {ft['T']} mean)", "sqrt(sum((x - mean)^2) / n), population form (divide by n, not n - 1).",
                 "n >= 1; no malloc", code, chk, "math.h, stddef.h")


def _mag_task(rng, ft):
    fn = rng.choice(["vec3_magnitude", "mag3", "norm3", "accel_magnitude"])
    code = sub('''
    #include <math.h>

    /* $fn: Euclidean norm sqrt(x*x + y*y + z*z) of one 3-axis sample. */
    $T $fn($T x, $T y, $T z)
    {
        return $sqrt(x * x + y * y + z * z);
    }
    ''', fn=fn, **ft)
    chk = f"{_near(f'{fn}(3, 4, 12)', 13.0, 1e-6)}\n{_near(f'{fn}(0, 0, -1)', 1.0, 1e-6)}"
    return ctask(fn, "Compute the magnitude of a 3-axis sample", "x, y, z: axis values", f"{ft['T']} magnitude", f"{ft['T']} {fn}({ft['T']} x, {ft['T']} y, {ft['T']} z)",
                 "sqrt(x^2 + y^2 + z^2).", "none", code, chk, "math.h")


# ---- filters ------------------------------------------------------------------------

def gen_moving_average(rng: random.Random):
    mod = rng.choice(["temperature", "accelerometer", "current", "pressure", "light", "ppg"])
    mw = modality_words(rng, mod)
    integer = rng.random() < 0.5
    ft = _ft(rng)
    D = "int16_t" if integer else ft["T"]
    S = "int32_t" if integer else ft["T"]
    N = rng.choice(["size_t", "int"])
    k = rng.choice([3, 4, 5, 8, 10, 16, rng.randint(2, 24)])
    k_param = rng.random() < 0.5
    f1 = rng.choice(["window_start", "trailing_start", "win_first"])
    c1 = sub('''
    #include <stddef.h>

    /* $fn: first index of the trailing window of k samples that ends at index i
       (0 while fewer than k samples are available). */
    $N $fn($N i, $N k)
    {
        return (i + 1 >= k) ? i + 1 - k : 0;
    }
    ''', fn=f1, N=N)
    k1 = f"CHECK({f1}(0, 4) == 0 && {f1}(2, 4) == 0 && {f1}(3, 4) == 0 && {f1}(4, 4) == 1 && {f1}(9, 3) == 7);"
    t1 = ctask(f1, "Find where the trailing window starts", "i: current index; k: window length", f"{N} first index", f"{N} {f1}({N} i, {N} k)",
               "i + 1 - k when at least k samples exist, else 0.", "none", c1, k1, "stddef.h")
    f2 = rng.choice(["range_sum", "sum_span", "partial_sum"])
    c2 = sub('''
    #include <stdint.h>
    #include <stddef.h>

    /* $fn: sum of x[lo] .. x[hi - 1]$acc. */
    $S $fn(const $D *x, $N lo, $N hi)
    {
        $S s = 0;
        for ($N i = lo; i < hi; i++) {
            s += x[i];
        }
        return s;
    }
    ''', fn=f2, S=S, D=D, N=N, acc=" in a 32-bit accumulator" if integer else "")
    if integer:
        k2 = f"const int16_t x[] = {{30000, 30000, -5, 7}};\nCHECK({f2}(x, 0, 2) == 60000 && {f2}(x, 1, 4) == 30002 && {f2}(x, 2, 2) == 0);"
    else:
        k2 = f"const {D} x[] = {{1.5, 2.25, -0.75}};\n{_near(f'{f2}(x, 0, 3)', 3.0, 1e-6)}\n{_near(f'{f2}(x, 1, 1)', 0.0, 1e-6)}"
    t2 = ctask(f2, "Sum a range of samples", "x: samples; lo, hi: half-open range", f"{S} sum", f"{S} {f2}(const {D} *x, {N} lo, {N} hi)",
               "Sum x[lo..hi)" + (" in int32_t so int16_t samples cannot overflow." if integer else "."), "no malloc", c2, k2, "stdint.h, stddef.h")
    efn = rng.choice(["moving_average", f"smooth_{mod}", "ma_filter", "trailing_mean"])
    K = "k" if k_param else "MA_WIN"
    sig = f"void {efn}(const {D} *x, {D} *out, {N} n" + (f", {N} k)" if k_param else ")")
    rule = "truncating integer division (toward zero)" if integer else "floating-point division"
    code = sub('''
    #include <stdint.h>
    #include <stddef.h>
    $define
    /* $e: trailing moving average over $kd samples; for the first samples the average of
       the ones available so far; $rule. */
    $sig
    {
        for ($N i = 0; i < n; i++) {
            $N lo = $f1(i, $K);
            out[i] = ($D)($f2(x, lo, i + 1) / ($S)(i + 1 - lo));
        }
    }
    ''', define="" if k_param else f"\n#define MA_WIN {k}\n", e=efn, kd="k" if k_param else "MA_WIN", rule=rule, sig=sig, N=N, f1=f1, f2=f2, K=K, D=D, S=S)
    r = _data(rng)
    n = r.randrange(12, 30)
    xs = [r.randrange(-3000, 3000) for _ in range(n)] if integer else [round(r.uniform(-50, 50), 2) for _ in range(n)]
    want = []
    for i in range(n):
        win = xs[max(0, i + 1 - k):i + 1]
        want.append(_tdiv(sum(win), len(win)) if integer else sum(win) / len(win))
    call = f"{efn}(x, out, {n}" + (f", {k})" if k_param else ")")
    arr = carr(xs) if integer else _farr(xs, ft)
    cmp = f"const int16_t want[] = {carr(want)};\nfor (int i = 0; i < {n}; i++) {{\n    CHECK(out[i] == want[i]);\n}}" if integer else _all_near("out", want, n)
    check = f"const {D} x[] = {arr};\n{D} out[{n}];\n{call};\n{cmp}"
    beh = (f"Window {'k (e.g. ' + str(k) + ')' if k_param else 'MA_WIN = ' + str(k)}: out[i] = sum of x[lo..i] / (i + 1 - lo), lo = {f1}(i, {K}); "
           f"the first {k - 1} outputs average what is available; " + ("truncating integer division of the 32-bit sum." if integer else "float division."))
    entry = ctask(efn, "Entry: trailing moving average into an output buffer", f"x: samples; out: n results; n: count{'; k: window' if k_param else ''}",
                  "void (fills out)", sig, beh, "caller-provided out; no malloc", code, check, "stdint.h, stddef.h")
    ctx = f"x holds n {D} {mw['noun']} samples ({mw['unit']}) from {_a(mw['where'])} sensor sampled at {mw['fs']} Hz"
    ret = (f"writes to out the moving average over a trailing window of {'k samples (e.g. k = ' + str(k) + ')' if k_param else str(k) + ' samples'}, "
           f"averaging only the available samples at the start" + (", with truncating integer division" if integer else ""))
    return cproblem(rng, "filtering", mod, ctx, sig, ret, _res(rng, not integer), [t1, t2], entry, ["stdint.h", "stddef.h"])


def gen_median(rng: random.Random):
    w = rng.choice([3, 5, 3, 5, 7, 9])
    rad = w // 2
    mod = rng.choice(["temperature", "pressure", "current", "light", "humidity", "ppg"])
    mw = modality_words(rng, mod)
    integer = rng.random() < 0.5
    ft = _ft(rng)
    D = "int16_t" if integer else ft["T"]
    f1 = rng.choice(["insertion_sort", "sort_small", "isort"])
    c1 = sub('''
    #include <stdint.h>

    /* $fn: sort m values in place, ascending (insertion sort). */
    void $fn($D *v, int m)
    {
        for (int i = 1; i < m; i++) {
            $D key = v[i];
            int j = i - 1;
            while (j >= 0 && v[j] > key) {
                v[j + 1] = v[j];
                j--;
            }
            v[j + 1] = key;
        }
    }
    ''', fn=f1, D=D)
    k1 = f"{D} v[] = {{5, -2, 9, 0, 3}};\n{f1}(v, 5);\nCHECK(v[0] == -2 && v[1] == 0 && v[2] == 3 && v[3] == 5 && v[4] == 9);"
    t1 = ctask(f1, "Sort a few values in place", "v: values; m: count", "void (v sorted)", f"void {f1}({D} *v, int m)", "Insertion sort, ascending.",
               "in place; no malloc", c1, k1, "stdint.h")
    f2 = rng.choice(["median_of", "small_median", "window_median"])
    c2 = sub('''
    #include <stdint.h>

    /* $fn: median of m values (m odd, m <= 9); x is not modified. */
    $D $fn(const $D *x, int m)
    {
        $D tmp[9];
        for (int i = 0; i < m; i++) {
            tmp[i] = x[i];
        }
        $f1(tmp, m);
        return tmp[m / 2];
    }
    ''', fn=f2, D=D, f1=f1)
    k2 = f"const {D} x[] = {{7, 1, 4, 9, 2}};\nCHECK({f2}(x, 5) == 4 && {f2}(x, 3) == 4 && {f2}(x, 1) == 7 && x[0] == 7);"
    t2 = ctask(f2, "Take the median of a small window", "x: window; m: odd length <= 9", f"{D} median", f"{D} {f2}(const {D} *x, int m)",
               f"Copy to a local array, sort with {f1}, return the middle element.", "no malloc; input unchanged", c2, k2, "stdint.h")
    t2.deps = [t1]
    efn = rng.choice([f"median{w}_filter", "median_filter", "despike", f"remove_spikes_{mod}"])
    sig = f"void {efn}(const {D} *x, {D} *out, size_t n)"
    code = sub('''
    #include <stdint.h>
    #include <stddef.h>

    /* $e: median filter of width $w: out[i] = median of x[i-$r..i+$r]; the first and last $r
       samples, which lack a full window, are copied unchanged. */
    $sig
    {
        for (size_t i = 0; i < n; i++) {
            if (i < $r || i + $r >= n) {
                out[i] = x[i];
            } else {
                out[i] = $f2(x + i - $r, $w);
            }
        }
    }
    ''', e=efn, w=w, r=rad, sig=sig, f2=f2)
    r = _data(rng)
    n = r.randrange(10, 26)
    base = r.uniform(-100, 100)
    xs = [base + r.uniform(-5, 5) for _ in range(n)]
    for i in r.sample(range(n), 2):
        xs[i] += r.choice([-1, 1]) * r.uniform(50, 200)
    xs = [int(round(v * 10)) for v in xs] if integer else [round(v, 2) for v in xs]
    want = [xs[i] if i < rad or i + rad >= n else sorted(xs[i - rad:i + rad + 1])[rad] for i in range(n)]
    cmp = f"const int16_t want[] = {carr(want)};\nfor (int i = 0; i < {n}; i++) {{\n    CHECK(out[i] == want[i]);\n}}" if integer else _all_near("out", want, n, 1e-5)
    check = f"const {D} x[] = {carr(xs) if integer else _farr(xs, ft)};\n{D} out[{n}];\n{efn}(x, out, {n});\n{cmp}"
    entry = ctask(efn, f"Entry: median-of-{w} spike filter", "x: samples; out: n results; n: count", "void (fills out)", sig,
                  f"Window of {w} centred on i via {f2}; the first and last {rad} sample(s) are copied unchanged.", "caller-provided out; no malloc",
                  code, check, "stdint.h, stddef.h")
    unit = f"0.1 {mw['unit']} units" if integer else mw["unit"]
    ctx = f"x holds n {D} {mw['noun']} readings in {unit} from {_a(mw['where'])} sensor with occasional single-sample spikes"
    ret = f"writes to out a median-of-{w} filtered copy (each output is the median of the {w} samples centred on it; the first and last {rad} samples are copied unchanged)"
    return cproblem(rng, "filtering", mod, ctx, sig, ret, _res(rng, not integer), [t1, t2], entry, ["stdint.h", "stddef.h"])


def _ema_task(rng, ft):
    fn = rng.choice(["ema_step", "lowpass_step", "smooth_step"])
    code = sub('''
    /* $fn: one exponential smoothing (first-order low-pass) step: prev + alpha * (x - prev). */
    $T $fn($T prev, $T x, $T alpha)
    {
        return prev + alpha * (x - prev);
    }
    ''', fn=fn, **ft)
    chk = f"{_near(f'{fn}(0, 10, 0.25)', 2.5, 1e-6)}\n{_near(f'{fn}(4, 4, 0.9)', 4.0, 1e-6)}\n{_near(f'{fn}(2, 6, 1)', 6.0, 1e-6)}"
    return ctask(fn, "Apply one exponential smoothing step", "prev: previous output; x: input; alpha: weight in (0, 1]", f"{ft['T']} new output",
                 f"{ft['T']} {fn}({ft['T']} prev, {ft['T']} x, {ft['T']} alpha)", "prev + alpha * (x - prev).", "none", code, chk, "none")


def gen_iir(rng: random.Random):
    ft = _ft(rng)
    T = ft["T"]
    mode = rng.choice(["dc_ema", "bandpass"])
    t_ema = _ema_task(rng, ft)
    r = _data(rng)
    n = r.randrange(16, 40)
    if mode == "dc_ema":
        mod = rng.choice(["temperature", "accelerometer", "pressure", "current", "light"])
        alpha = rng.choice([0.1, 0.2, 0.25, 0.3, 0.5, grid(rng, 0.05, 0.9, 0.05)])
        t_mean = _mean_task(rng, ft)
        efn = rng.choice(["remove_dc_smooth", "dc_block_ema", "center_and_smooth"])
        code = sub('''
        #include <stddef.h>

        #define ALPHA $a

        /* $e: remove the DC offset (mean of the buffer), then smooth with an exponential filter,
           alpha ALPHA; the filter state starts at the first DC-free sample. */
        void $e(const $T *x, $T *out, size_t n)
        {
            if (n == 0) {
                return;
            }
            $T dc = $mean(x, n);
            $T y = x[0] - dc;
            for (size_t i = 0; i < n; i++) {
                y = $ema(y, x[i] - dc, ALPHA);
                out[i] = y;
            }
        }
        ''', e=efn, a=_lit(alpha, ft), mean=t_mean.name, ema=t_ema.name, **ft)
        xs = [round(r.uniform(10, 30) + r.gauss(0, 2), 3) for _ in range(n)]
        dc = sum(xs) / n
        y, want = xs[0] - dc, []
        for v in xs:
            y = y + alpha * (v - dc - y)
            want.append(y)
        tasks = [t_mean, t_ema]
        beh = f"dc = {t_mean.name}(x, n); y starts at x[0] - dc; each sample y = {t_ema.name}(y, x[i] - dc, {alpha}); out[i] = y. n == 0 does nothing."
        ret = f"removes the DC offset (the buffer mean) and writes the exponentially smoothed result (alpha = {alpha}, state initialised to the first DC-free sample) to out"
    else:
        mod = rng.choice(["ppg", "ecg", "accelerometer", "emg"])
        ah = rng.choice([0.9, 0.95, 0.98, grid(rng, 0.85, 0.99, 0.01)])
        al = rng.choice([0.2, 0.3, 0.5, grid(rng, 0.1, 0.6, 0.05)])
        fh = rng.choice(["highpass_step", "hp_step", "drift_removal_step"])
        ch = sub('''
        /* $fn: first-order high-pass step y = a * (y_prev + x - x_prev); updates *x_prev and *y_prev. */
        $T $fn($T *x_prev, $T *y_prev, $T x, $T a)
        {
            $T y = a * (*y_prev + x - *x_prev);
            *x_prev = x;
            *y_prev = y;
            return y;
        }
        ''', fn=fh, **ft)
        kh = (f"{T} xp = 0, yp = 0;\n{_near(f'{fh}(&xp, &yp, 1, 0.5)', 0.5, 1e-6)}\nCHECK(xp == 1);\n"
              f"{_near(f'{fh}(&xp, &yp, 1, 0.5)', 0.25, 1e-6)}\n{_near('yp', 0.25, 1e-6)}")
        th = ctask(fh, "Apply one high-pass filter step", "x_prev, y_prev: filter state; x: input; a: coefficient", f"{T} output",
                   f"{T} {fh}({T} *x_prev, {T} *y_prev, {T} x, {T} a)", "y = a * (y_prev + x - x_prev), then store x and y as the new state.",
                   "no globals", ch, kh, "none")
        efn = rng.choice(["bandpass_filter", f"{mod}_bandpass", "hp_lp_chain"])
        code = sub('''
        #include <stddef.h>

        #define HP_A $ah
        #define LP_ALPHA $al

        /* $e: band-pass = high-pass (coefficient HP_A, removes baseline drift) followed by an
           exponential low-pass (alpha LP_ALPHA); high-pass state x_prev = x[0], y_prev = 0,
           low-pass state 0. */
        void $e(const $T *x, $T *out, size_t n)
        {
            if (n == 0) {
                return;
            }
            $T xp = x[0];
            $T yp = 0;
            $T lp = 0;
            for (size_t i = 0; i < n; i++) {
                lp = $ema(lp, $hp(&xp, &yp, x[i], HP_A), LP_ALPHA);
                out[i] = lp;
            }
        }
        ''', e=efn, ah=_lit(ah, ft), al=_lit(al, ft), ema=t_ema.name, hp=fh, **ft)
        xs = [round(0.02 * i + math.sin(i * 0.7) + r.gauss(0, 0.1), 3) for i in range(n)]
        xp, yp, lp, want = xs[0], 0.0, 0.0, []
        for v in xs:
            yp = ah * (yp + v - xp)
            xp = v
            lp = lp + al * (yp - lp)
            want.append(lp)
        tasks = [th, t_ema]
        beh = (f"High-pass with a = {ah} (x_prev starts at x[0], y_prev at 0), then {t_ema.name} with alpha {al} starting at 0; "
               f"out[i] is the low-pass output. n == 0 does nothing.")
        ret = f"band-pass filters it (first-order high-pass with a = {ah}, then exponential low-pass with alpha = {al}) into out"
    mw = modality_words(rng, mod)
    sig = f"void {efn}(const {T} *x, {T} *out, size_t n)"
    check = f"const {T} x[] = {_farr(xs, ft)};\n{T} out[{n}];\n{efn}(x, out, {n});\n{_all_near('out', want, n)}"
    entry = ctask(efn, "Entry: filter a buffer into out", "x: samples; out: n results; n: count", "void (fills out)", sig, beh,
                  "caller-provided out; no malloc", code, check, "stddef.h")
    ctx = f"x holds n {T} {mw['noun']} samples ({mw['unit']}) from {_a(mw['where'])} sensor at {mw['fs']} Hz"
    return cproblem(rng, "filtering", mod, ctx, sig, ret, _res(rng, True), tasks, entry, ["stddef.h"])


def gen_rate(rng: random.Random):
    mod = rng.choice(["accelerometer", "ppg", "temperature", "pressure", "ecg", "light"])
    mw = modality_words(rng, mod)
    ft = _ft(rng)
    r = _data(rng)
    if rng.random() < 0.5:
        integer = rng.random() < 0.5
        D = "int16_t" if integer else ft["T"]
        S = "int32_t" if integer else ft["T"]
        fac = rng.choice([2, 3, 4, 5, 8])
        f1 = rng.choice(["decim_len", "num_blocks", "decimated_count"])
        c1 = f"#include <stddef.h>\n\n/* {f1}: number of complete blocks of factor samples in n samples (a partial block is dropped). */\nsize_t {f1}(size_t n, size_t factor)\n{{\n    return factor == 0 ? 0 : n / factor;\n}}"
        t1 = ctask(f1, "Count the complete decimation blocks", "n: samples; factor: block length", "size_t blocks", f"size_t {f1}(size_t n, size_t factor)",
                   "n / factor (truncating), 0 for factor 0.", "none", c1, f"CHECK({f1}(10, 3) == 3 && {f1}(9, 3) == 3 && {f1}(2, 3) == 0 && {f1}(5, 0) == 0);", "stddef.h")
        f2 = rng.choice(["block_mean", "block_average", "avg_block"])
        c2 = sub('''
        #include <stdint.h>
        #include <stddef.h>

        /* $fn: mean of m >= 1 consecutive samples$tr. */
        $D $fn(const $D *x, size_t m)
        {
            $S s = 0;
            for (size_t i = 0; i < m; i++) {
                s += x[i];
            }
            return ($D)(s / ($S)m);
        }
        ''', fn=f2, D=D, S=S, tr=" (32-bit sum, truncating division)" if integer else "")
        k2 = (f"const int16_t x[] = {{30000, 30001, -7, 0}};\nCHECK({f2}(x, 2) == 30000 && {f2}(x + 2, 2) == -3 && {f2}(x, 1) == 30000);" if integer
              else f"const {D} x[] = {{1.0, 2.0, 4.5, -0.5}};\n{_near(f'{f2}(x, 4)', 1.75, 1e-6)}\n{_near(f'{f2}(x + 2, 1)', 4.5, 1e-6)}")
        t2 = ctask(f2, "Average one block of samples", "x: block start; m: block length", f"{D} mean", f"{D} {f2}(const {D} *x, size_t m)",
                   "Sum the block and divide by m" + (" in int32_t, truncating toward zero." if integer else "."), "no malloc", c2, k2, "stdint.h, stddef.h")
        efn = rng.choice(["decimate", f"downsample_{mod}", "decimate_avg"])
        sig = f"size_t {efn}(const {D} *x, size_t n, {D} *out)"
        code = sub('''
        #include <stdint.h>
        #include <stddef.h>

        #define FACTOR $fac

        /* $e: decimate by FACTOR: out[j] = mean of x[j*FACTOR .. j*FACTOR + FACTOR - 1] for every
           complete block; returns the number of outputs. */
        $sig
        {
            size_t m = $f1(n, FACTOR);
            for (size_t j = 0; j < m; j++) {
                out[j] = $f2(x + j * FACTOR, FACTOR);
            }
            return m;
        }
        ''', e=efn, fac=fac, sig=sig, f1=f1, f2=f2)
        n = r.randrange(3 * fac, 8 * fac)
        xs = [r.randrange(-2000, 2000) for _ in range(n)] if integer else [round(r.uniform(-20, 20), 2) for _ in range(n)]
        m = n // fac
        want = [(_tdiv(sum(xs[j * fac:(j + 1) * fac]), fac) if integer else sum(xs[j * fac:(j + 1) * fac]) / fac) for j in range(m)]
        cmp = f"const int16_t want[] = {carr(want)};\nfor (int i = 0; i < {m}; i++) {{\n    CHECK(out[i] == want[i]);\n}}" if integer else _all_near("out", want, m)
        check = f"const {D} x[] = {carr(xs) if integer else _farr(xs, ft)};\n{D} out[{m}];\nCHECK({efn}(x, {n}, out) == {m});\n{cmp}\nCHECK({efn}(x, {fac - 1}, out) == 0);"
        tasks = [t1, t2]
        beh = f"FACTOR = {fac}; {f1}(n, {fac}) complete blocks, each averaged with {f2}; the trailing partial block is dropped; returns the output count."
        ctx = f"x holds n {D} {mw['noun']} samples recorded at {mw['fs'] * fac} Hz that must be reduced to {mw['fs']} Hz"
        ret = f"decimates by a factor of {fac} (each output is the {'truncating integer ' if integer else ''}mean of {fac} consecutive samples, a trailing partial block is dropped) into out and returns the number of outputs"
        uses_float = not integer
    else:
        T = ft["T"]
        fi, fo = rng.choice([(50, 20), (100, 64), (25, 32), (64, 25), (50, 30), (125, 100), (30, 50), (100, 40)])
        f1 = rng.choice(["lerp", "lerpf", "interp_linear"])
        c1 = sub('''
        /* $fn: linear interpolation between a and b at fraction t in [0, 1]. */
        $T $fn($T a, $T b, $T t)
        {
            return a + (b - a) * t;
        }
        ''', fn=f1, **ft)
        k1 = f"{_near(f'{f1}(2, 6, 0.25)', 3.0, 1e-6)}\n{_near(f'{f1}(-1, 1, 0)', -1.0, 1e-6)}\n{_near(f'{f1}(-1, 1, 1)', 1.0, 1e-6)}"
        t1 = ctask(f1, "Interpolate linearly between two samples", "a, b: samples; t: fraction", f"{T} value", f"{T} {f1}({T} a, {T} b, {T} t)",
                   "a + (b - a) * t.", "none", c1, k1, "none")
        f2 = rng.choice(["resampled_len", "resample_count", "output_len"])
        c2 = f"#include <stddef.h>\n\n/* {f2}: number of outputs when n input samples at fs_in are resampled to fs_out,\n   keeping only outputs inside the input span: (n - 1) * fs_out / fs_in + 1 (0 for n == 0). */\nsize_t {f2}(size_t n, unsigned fs_in, unsigned fs_out)\n{{\n    return n == 0 ? 0 : (n - 1) * fs_out / fs_in + 1;\n}}"
        t2 = ctask(f2, "Count the resampled outputs", "n: input samples; fs_in, fs_out: rates in Hz", "size_t outputs", f"size_t {f2}(size_t n, unsigned fs_in, unsigned fs_out)",
                   "(n - 1) * fs_out / fs_in + 1 with integer truncation; 0 for n == 0.", "none", c2,
                   f"CHECK({f2}(0, 50, 20) == 0 && {f2}(1, 50, 20) == 1 && {f2}(11, 50, 20) == 5 && {f2}(5, 25, 50) == 9);", "stddef.h")
        efn = rng.choice(["resample_linear", f"resample_{mod}", "rate_convert"])
        sig = f"size_t {efn}(const {T} *x, size_t n, {T} *out, size_t cap)"
        code = sub('''
        #include <stddef.h>

        #define FS_IN $fi
        #define FS_OUT $fo

        /* $e: linear resampling from FS_IN Hz to FS_OUT Hz: output j sits at input position
           t = j * FS_IN / FS_OUT and interpolates x[floor(t)] and x[floor(t) + 1] (the last
           input when floor(t) is the last index). Returns the output count, 0 if it exceeds cap. */
        $sig
        {
            size_t m = $f2(n, FS_IN, FS_OUT);
            if (m > cap) {
                return 0;
            }
            for (size_t j = 0; j < m; j++) {
                double t = (double)j * FS_IN / FS_OUT;
                size_t i = (size_t)t;
                out[j] = (i + 1 < n) ? $f1(x[i], x[i + 1], ($T)(t - (double)i)) : x[n - 1];
            }
            return m;
        }
        ''', e=efn, fi=fi, fo=fo, sig=sig, f1=f1, f2=f2, **ft)
        n = r.randrange(8, 24)
        xs = [round(r.uniform(-10, 10), 3) for _ in range(n)]
        m = (n - 1) * fo // fi + 1
        want = []
        for j in range(m):
            t = j * fi / fo
            i = int(t)
            want.append(xs[i] + (xs[i + 1] - xs[i]) * (t - i) if i + 1 < n else xs[n - 1])
        check = (f"const {T} x[] = {_farr(xs, ft)};\n{T} out[{m}];\nCHECK({efn}(x, {n}, out, {m}) == {m});\n{_all_near('out', want, m)}\n"
                 f"CHECK({efn}(x, {n}, out, {m - 1}) == 0);\nCHECK({efn}(x, 0, out, {m}) == 0);")
        tasks = [t1, t2]
        beh = (f"FS_IN = {fi}, FS_OUT = {fo}; m = {f2}(n, {fi}, {fo}); output j at t = j * {fi} / {fo} (double) is "
               f"{f1}(x[floor(t)], x[floor(t) + 1], t - floor(t)), x[n - 1] at the end; 0 if m > cap.")
        ctx = f"x holds n {T} {mw['noun']} samples recorded at {fi} Hz; the model downstream expects {fo} Hz"
        ret = f"linearly resamples it from {fi} Hz to {fo} Hz into out (capacity cap), keeping outputs inside the input span, and returns the output count (0 if it does not fit)"
        uses_float = True
    entry = ctask(efn, "Entry: change the sampling rate", "x: samples; n: count; out: caller buffer" + ("; cap: its size" if "cap" in sig else ""),
                  "size_t number of outputs", sig, beh, "caller-provided out; no malloc", code, check, "stdint.h, stddef.h")
    return cproblem(rng, "segmentation", mod, ctx, sig, ret, _res(rng, uses_float), tasks, entry, ["stddef.h"])


# ---- heartbeat ------------------------------------------------------------------------

def _py_peaks(x, thr, dist, maxp):
    idx = []
    for i in range(1, len(x) - 1):
        if len(idx) < maxp and x[i] > thr and x[i] > x[i - 1] and x[i] >= x[i + 1] and (not idx or i - idx[-1] >= dist):
            idx.append(i)
    return idx


def gen_heart(rng: random.Random):
    mod = rng.choice(["ppg", "ecg"])
    mw = modality_words(rng, mod)
    fs = min(mw["fs"], 250)
    ft = _ft(rng)
    T = ft["T"]
    thr = rng.choice([0.4, 0.5, 0.6])
    ms = rng.choice([250, 300, 350, 400])
    f1 = rng.choice(["find_peaks", "detect_peaks", "peak_indices"])
    c1 = sub('''
    #include <stddef.h>

    /* $fn: indices of local maxima (x[i] > x[i-1] and x[i] >= x[i+1]) above thr, each at least
       min_dist samples after the previously accepted peak; at most max_peaks. Returns the count. */
    size_t $fn(const $T *x, size_t n, $T thr, size_t min_dist, size_t *idx, size_t max_peaks)
    {
        size_t count = 0;
        for (size_t i = 1; i + 1 < n && count < max_peaks; i++) {
            if (x[i] > thr && x[i] > x[i - 1] && x[i] >= x[i + 1] &&
                (count == 0 || i - idx[count - 1] >= min_dist)) {
                idx[count++] = i;
            }
        }
        return count;
    }
    ''', fn=f1, **ft)
    k1 = (f"const {T} x[] = {{0, 1, 0, 0.2, 2, 0.1, 3, 0}};\nsize_t idx[4];\n"
          f"CHECK({f1}(x, 8, 0.5, 2, idx, 4) == 3 && idx[0] == 1 && idx[1] == 4 && idx[2] == 6);\n"
          f"CHECK({f1}(x, 8, 0.5, 3, idx, 4) == 2 && idx[1] == 4);\nCHECK({f1}(x, 8, 2.5, 1, idx, 4) == 1 && idx[0] == 6);\n"
          f"CHECK({f1}(x, 8, 0.5, 1, idx, 1) == 1);")
    t1 = ctask(f1, "Find peaks above a threshold with a refractory distance", "x: samples; n; thr; min_dist: samples; idx: output; max_peaks",
               "size_t number of peaks", f"size_t {f1}(const {T} *x, size_t n, {T} thr, size_t min_dist, size_t *idx, size_t max_peaks)",
               "Local maximum (strictly above the left neighbour, not below the right one) above thr; skip candidates closer than min_dist to the last accepted peak.",
               "caller-provided idx; no malloc", c1, k1, "stddef.h")
    r = _data(rng)
    bpm_true = r.uniform(50, 120)
    width = 0.05 if mod == "ppg" else 0.02
    n = int(min(8, 1200 / fs) * fs)
    beats, t = [], r.uniform(0.1, 60 / bpm_true)
    while t < n / fs:
        beats.append(t)
        t += 60 / bpm_true * (1 + r.uniform(-0.08, 0.08))
    xs = []
    for i in range(n):
        v = sum(r.uniform(0.9, 1.1) * math.exp(-(((i / fs) - b) / width) ** 2) for b in beats if abs(i / fs - b) < 5 * width) + r.gauss(0, 0.03)
        v = round(v, 3)
        if abs(v - thr) < 0.002:
            v = round(thr + 0.003, 3)
        xs.append(v)
    dist = fs * ms // 1000
    peaks = _py_peaks(xs, thr, dist, 64)
    if rng.random() < 0.5:
        f2 = rng.choice(["bpm_from_peaks", "peaks_to_bpm", "heart_rate_from_idx"])
        c2 = sub('''
        #include <stddef.h>

        /* $fn: beats per minute from peak indices at fs Hz: 60 * fs * (count - 1) / (last - first);
           0 with fewer than two peaks. */
        $T $fn(const size_t *idx, size_t count, int fs)
        {
            if (count < 2 || idx[count - 1] == idx[0]) {
                return 0;
            }
            return ($T)(60.0 * fs * (double)(count - 1) / (double)(idx[count - 1] - idx[0]));
        }
        ''', fn=f2, **ft)
        k2 = f"const size_t idx[] = {{10, 60, 110}};\n{_near(f'{f2}(idx, 3, 50)', 60.0, 1e-6)}\nCHECK({f2}(idx, 1, 50) == 0);\n{_near(f'{f2}(idx, 2, 100)', 120.0, 1e-6)}"
        t2 = ctask(f2, "Convert peak indices to beats per minute", "idx: peak indices; count; fs: sampling rate in Hz", f"{T} bpm",
                   f"{T} {f2}(const size_t *idx, size_t count, int fs)", "60 * fs * (count - 1) / (idx[count-1] - idx[0]); 0 for fewer than two peaks.",
                   "none", c2, k2, "stddef.h")
        efn = rng.choice(["heart_rate_bpm", f"{mod}_heart_rate", "estimate_bpm"])
        sig = f"{T} {efn}(const {T} *x, size_t n, int fs)"
        code = sub('''
        #include <stddef.h>

        #define PEAK_THR $thr
        #define REFRACTORY_MS $ms
        #define MAX_PEAKS 64

        /* $e: heart rate in bpm: peaks above PEAK_THR at least REFRACTORY_MS apart
           (fs * REFRACTORY_MS / 1000 samples, truncated), then the mean beat rate; 0 without two peaks. */
        $sig
        {
            size_t idx[MAX_PEAKS];
            size_t min_dist = (size_t)fs * REFRACTORY_MS / 1000;
            size_t count = $f1(x, n, PEAK_THR, min_dist, idx, MAX_PEAKS);
            return $f2(idx, count, fs);
        }
        ''', e=efn, thr=_lit(thr, ft), ms=ms, sig=sig, f1=f1, f2=f2)
        want = 60 * fs * (len(peaks) - 1) / (peaks[-1] - peaks[0]) if len(peaks) >= 2 else 0.0
        check = f"static const {T} x[] = {_farr(xs, ft)};\n{_near(f'{efn}(x, {n}, {fs})', want)}\n{_near(f'{efn}(x, 2, {fs})', 0.0)}"
        tasks = [t1, t2]
        beh = f"{f1} with thr {thr} and min_dist = fs * {ms} / 1000 samples (truncated), up to 64 peaks, then {f2}."
        ret = f"returns the heart rate in beats per minute from peaks above {thr} that are at least {ms} ms apart (0 with fewer than two peaks)"
        family = "heartbeat"
    else:
        ft2 = rng.choice(["rr_intervals_ms", "peak_intervals", "rr_from_peaks"])
        c2 = sub('''
        #include <stddef.h>

        /* $fn: RR intervals in ms between consecutive peak indices at fs Hz:
           (idx[i] - idx[i-1]) * 1000 / fs. Returns count - 1 (0 if count < 2). */
        size_t $fn(const size_t *idx, size_t count, int fs, $T *rr_ms)
        {
            if (count < 2) {
                return 0;
            }
            for (size_t i = 1; i < count; i++) {
                rr_ms[i - 1] = ($T)((double)(idx[i] - idx[i - 1]) * 1000.0 / fs);
            }
            return count - 1;
        }
        ''', fn=ft2, **ft)
        k2 = f"const size_t idx[] = {{10, 60, 115}};\n{T} rr[2];\nCHECK({ft2}(idx, 3, 50, rr) == 2);\n{_near('rr[0]', 1000.0, 1e-6)}\n{_near('rr[1]', 1100.0, 1e-6)}\nCHECK({ft2}(idx, 1, 50, rr) == 0);"
        t2 = ctask(ft2, "Convert peak indices to RR intervals", "idx: peak indices; count; fs: Hz; rr_ms: output", "size_t number of intervals",
                   f"size_t {ft2}(const size_t *idx, size_t count, int fs, {T} *rr_ms)", "(idx[i] - idx[i-1]) * 1000 / fs ms for i >= 1.",
                   "caller-provided rr_ms; no malloc", c2, k2, "stddef.h")
        f3 = rng.choice(["rmssd_ms", "calc_rmssd", "compute_rmssd"])
        c3 = sub('''
        #include <math.h>
        #include <stddef.h>

        /* $fn: root mean square of the m - 1 successive differences of m intervals; 0 if m < 2. */
        $T $fn(const $T *rr, size_t m)
        {
            if (m < 2) {
                return 0;
            }
            $T acc = 0;
            for (size_t i = 1; i < m; i++) {
                $T d = rr[i] - rr[i - 1];
                acc += d * d;
            }
            return $sqrt(acc / ($T)(m - 1));
        }
        ''', fn=f3, **ft)
        k3 = f"const {T} rr[] = {{800, 830, 790, 790}};\n{_near(f'{f3}(rr, 4)', math.sqrt((900 + 1600) / 3), 1e-6)}\nCHECK({f3}(rr, 1) == 0);"
        t3 = ctask(f3, "Compute RMSSD of RR intervals", "rr: intervals in ms; m: count", f"{T} RMSSD in ms", f"{T} {f3}(const {T} *rr, size_t m)",
                   "sqrt(sum((rr[i] - rr[i-1])^2) / (m - 1)); 0 for m < 2.", "none", c3, k3, "math.h, stddef.h")
        efn = rng.choice(["hrv_from_signal", f"{mod}_hrv", "beat_statistics"])
        sig = f"int {efn}(const {T} *x, size_t n, int fs, {T} *mean_rr, {T} *rmssd)"
        code = sub('''
        #include <stddef.h>

        #define PEAK_THR $thr
        #define REFRACTORY_MS $ms
        #define MAX_PEAKS 64

        /* $e: detect beats (peaks above PEAK_THR, at least REFRACTORY_MS apart), then the mean RR
           interval and RMSSD in ms. Returns -1 with fewer than 3 peaks, else 0. */
        $sig
        {
            size_t idx[MAX_PEAKS];
            $T rr[MAX_PEAKS];
            size_t count = $f1(x, n, PEAK_THR, (size_t)fs * REFRACTORY_MS / 1000, idx, MAX_PEAKS);
            if (count < 3) {
                return -1;
            }
            size_t m = $f2(idx, count, fs, rr);
            $T sum = 0;
            for (size_t i = 0; i < m; i++) {
                sum += rr[i];
            }
            *mean_rr = sum / ($T)m;
            *rmssd = $f3(rr, m);
            return 0;
        }
        ''', e=efn, thr=_lit(thr, ft), ms=ms, sig=sig, f1=f1, f2=ft2, f3=f3, **ft)
        rr = [(peaks[i] - peaks[i - 1]) * 1000 / fs for i in range(1, len(peaks))]
        mrr = sum(rr) / len(rr)
        rms = math.sqrt(sum((rr[i] - rr[i - 1]) ** 2 for i in range(1, len(rr))) / (len(rr) - 1))
        check = (f"static const {T} x[] = {_farr(xs, ft)};\n{T} m = 0, s = 0;\nCHECK({efn}(x, {n}, {fs}, &m, &s) == 0);\n"
                 f"{_near('m', mrr)}\n{_near('s', rms)}\nCHECK({efn}(x, 3, {fs}, &m, &s) == -1);")
        tasks = [t1, t2, t3]
        beh = f"{f1} with thr {thr}, min_dist = fs * {ms} / 1000 samples, up to 64 peaks; {ft2}; mean of the intervals; {f3}. -1 with fewer than 3 peaks."
        ret = f"detects beats as peaks above {thr} at least {ms} ms apart and writes the mean RR interval and the RMSSD in ms, returning 0, or -1 with fewer than 3 beats"
        family = "heartbeat"
    entry = ctask(efn, "Entry: beats from a raw waveform", "x: samples; n; fs: Hz" + ("; mean_rr, rmssd: outputs" if "rmssd" in sig else ""),
                  sig.split(" ")[0] + (" status; outputs via pointers" if "rmssd" in sig else " bpm"), sig, beh, "no malloc; fixed-size local buffers", code, check, "stddef.h")
    ctx = f"x holds n {T} samples of {_a(mw['where'])} {mw['noun']} waveform (normalised, beats peak near 1.0) sampled at fs Hz (e.g. {fs})"
    return cproblem(rng, family, mod, ctx, sig, ret, _res(rng, True), tasks, entry, ["stddef.h", "math.h"])


# ---- features and anomalies -------------------------------------------------------------

def gen_frame_features(rng: random.Random):
    mod = rng.choice(["microphone", "vibration", "accelerometer", "emg", "current"])
    mw = modality_words(rng, mod)
    ft = _ft(rng)
    T = ft["T"]
    integer = mod in ("microphone", "vibration", "current") and rng.random() < 0.7
    D = "int16_t" if integer else T
    f1 = rng.choice(["zero_crossings", "count_zero_crossings", "sign_changes"])
    c1 = sub('''
    #include <stdint.h>
    #include <stddef.h>

    /* $fn: number of sign changes between consecutive samples (0 counts as non-negative). */
    size_t $fn(const $D *x, size_t n)
    {
        size_t c = 0;
        for (size_t i = 1; i < n; i++) {
            if ((x[i - 1] < 0) != (x[i] < 0)) {
                c++;
            }
        }
        return c;
    }
    ''', fn=f1, D=D)
    k1 = f"const {D} x[] = {{1, -2, -3, 0, 4, -1}};\nCHECK({f1}(x, 6) == 3 && {f1}(x, 1) == 0 && {f1}(x + 3, 2) == 0);"
    t1 = ctask(f1, "Count zero crossings", "x: samples; n: count", "size_t crossings", f"size_t {f1}(const {D} *x, size_t n)",
               "Count i >= 1 where x[i-1] and x[i] differ in sign; zero counts as non-negative.", "none", c1, k1, "stdint.h, stddef.h")
    f2 = rng.choice(["signal_energy", "energy", "sum_squares"])
    E = "int64_t" if integer else T
    c2 = sub('''
    #include <stdint.h>
    #include <stddef.h>

    /* $fn: signal energy, the sum of squared samples$acc. */
    $E $fn(const $D *x, size_t n)
    {
        $E e = 0;
        for (size_t i = 0; i < n; i++) {
            e += ($E)x[i] * x[i];
        }
        return e;
    }
    ''', fn=f2, E=E, D=D, acc=" (64-bit accumulator)" if integer else "")
    k2 = (f"const int16_t x[] = {{3, -4, 32767}};\nCHECK({f2}(x, 3) == 1073676314LL && {f2}(x, 2) == 25 && {f2}(x, 0) == 0);" if integer
          else f"const {T} x[] = {{0.5, -1.5, 2}};\n{_near(f'{f2}(x, 3)', 6.5, 1e-6)}\nCHECK({f2}(x, 0) == 0);")
    t2 = ctask(f2, "Compute the signal energy", "x: samples; n: count", f"{E} energy", f"{E} {f2}(const {D} *x, size_t n)", "Sum of x[i]^2" + (" in int64_t." if integer else "."),
               "none", c2, k2, "stdint.h, stddef.h")
    f3 = rng.choice(["signal_rms", "rms_value", "calc_rms"])
    c3 = sub('''
    #include <math.h>
    #include <stddef.h>
    #include <stdint.h>

    /* $fn: root mean square sqrt(energy / n); 0 for n == 0. */
    $T $fn(const $D *x, size_t n)
    {
        if (n == 0) {
            return 0;
        }
        return ($T)sqrt((double)$f2(x, n) / (double)n);
    }
    ''', fn=f3, f2=f2, D=D, **ft)
    k3 = f"const {D} x[] = {{3, -4, 3, -4}};\n{_near(f'{f3}(x, 4)', math.sqrt(12.5), 1e-6)}\nCHECK({f3}(x, 0) == 0);"
    t3 = ctask(f3, "Compute the RMS value", "x: samples; n: count", f"{T} RMS", f"{T} {f3}(const {D} *x, size_t n)", f"sqrt({f2}(x, n) / n) in double; 0 for n == 0.",
               "none", c3, k3, "math.h, stddef.h")
    t3.deps = [t2]
    efn = rng.choice(["frame_features", f"{mod}_frame_features", "zcr_and_rms"])
    sig = f"int {efn}(const {D} *x, size_t n, int fs, {T} *zcr_hz, {T} *rms)"
    code = sub('''
    #include <stddef.h>
    #include <stdint.h>

    /* $e: zero-crossing rate in crossings per second (crossings * fs / n) and RMS of one frame;
       returns -1 for an empty frame, else 0. */
    $sig
    {
        if (n == 0) {
            return -1;
        }
        *zcr_hz = ($T)$f1(x, n) * ($T)fs / ($T)n;
        *rms = $f3(x, n);
        return 0;
    }
    ''', e=efn, sig=sig, f1=f1, f3=f3, **ft)
    r = _data(rng)
    n = r.choice([32, 48, 64, 80])
    f0, amp = r.uniform(0.03, 0.2), (r.uniform(2000, 12000) if integer else r.uniform(0.2, 2.0))
    xs = [amp * math.sin(2 * math.pi * f0 * i + 0.3) + r.gauss(0, amp * 0.2) for i in range(n)]
    xs = [int(round(v)) for v in xs] if integer else [round(v, 3) for v in xs]
    zc = sum(1 for i in range(1, n) if (xs[i - 1] < 0) != (xs[i] < 0))
    rms = math.sqrt(sum(v * v for v in xs) / n)
    fs = mw["fs"]
    check = (f"const {D} x[] = {carr(xs) if integer else _farr(xs, ft)};\n{T} z = -1, r = -1;\nCHECK({efn}(x, {n}, {fs}, &z, &r) == 0);\n"
             f"{_near('z', zc * fs / n)}\n{_near('r', rms)}\nCHECK({efn}(x, 0, {fs}, &z, &r) == -1);")
    beh = f"zcr_hz = {f1}(x, n) * fs / n (crossings per second over the frame); rms = {f3}(x, n); -1 and nothing written for n == 0."
    entry = ctask(efn, "Entry: zero-crossing rate and RMS of a frame", "x: frame; n; fs: Hz; zcr_hz, rms: outputs", "int status; outputs via pointers",
                  sig, beh, "no malloc", code, check, "stddef.h, stdint.h")
    ctx = f"x holds one frame of n {D} {mw['noun']} samples from {_a(mw['where'])} sensor sampled at fs Hz (e.g. {fs})"
    ret = "writes the zero-crossing rate in crossings per second (sign changes * fs / n, zero counts as non-negative) and the RMS, returning 0, or -1 for an empty frame"
    return cproblem(rng, "features", mod, ctx, sig, ret, _res(rng, True), [t1, t2, t3], entry, ["stdint.h", "math.h"])


def gen_zscore(rng: random.Random):
    mod = rng.choice(["temperature", "current", "pressure", "humidity", "vibration", "voltage"])
    mw = modality_words(rng, mod)
    ft = _ft(rng)
    T = ft["T"]
    z = rng.choice([2.0, 2.5, 3.0, grid(rng, 1.5, 3.5, 0.25)])
    t1, t2 = _mean_task(rng, ft), _std_task(rng, ft)
    efn = rng.choice(["zscore_outliers", f"{mod}_outliers", "find_outliers"])
    sig = f"size_t {efn}(const {T} *x, size_t n, size_t *idx, size_t max_out)"
    code = sub('''
    #include <math.h>
    #include <stddef.h>

    #define Z_THR $z

    /* $e: indices (ascending, at most max_out) of samples with |x - mean| > Z_THR * std
       (population std); returns how many were written, 0 for n == 0 or a constant buffer. */
    $sig
    {
        if (n == 0) {
            return 0;
        }
        $T m = $f1(x, n);
        $T s = $f2(x, n, m);
        size_t k = 0;
        if (s <= 0) {
            return 0;
        }
        for (size_t i = 0; i < n && k < max_out; i++) {
            if ($fabs(x[i] - m) > Z_THR * s) {
                idx[k++] = i;
            }
        }
        return k;
    }
    ''', e=efn, z=_lit(z, ft), sig=sig, f1=t1.name, f2=t2.name, **ft)
    r = _data(rng)
    for _ in range(50):
        n = r.randrange(20, 50)
        base, sd = r.uniform(-50, 50), r.uniform(0.5, 3)
        xs = [base + r.gauss(0, sd) for _ in range(n)]
        for i in r.sample(range(n), r.randrange(1, 4)):
            xs[i] += r.choice([-1, 1]) * r.uniform(4, 8) * sd
        xs = [round(v, 2) for v in xs]
        m = sum(xs) / n
        s = math.sqrt(sum((v - m) ** 2 for v in xs) / n)
        zs = [abs(v - m) / s for v in xs]
        if all(abs(q - z) > 0.05 for q in zs):
            break
    out = [i for i in range(n) if zs[i] > z]
    check = (f"const {T} x[] = {_farr(xs, ft)};\nsize_t idx[{n}];\nconst size_t want[] = {carr(out or [0])};\n"
             f"CHECK({efn}(x, {n}, idx, {n}) == {len(out)});\nfor (int i = 0; i < {len(out)}; i++) {{\n    CHECK(idx[i] == want[i]);\n}}\n"
             f"CHECK({efn}(x, {n}, idx, 1) == {min(1, len(out))});\nconst {T} flat[] = {{5, 5, 5, 5}};\nCHECK({efn}(flat, 4, idx, 4) == 0 && {efn}(x, 0, idx, 4) == 0);")
    beh = f"mean with {t1.name}, population std with {t2.name}; sample i is an outlier when |x[i] - mean| > {z} * std; ascending indices, at most max_out; 0 for n == 0 or std == 0."
    entry = ctask(efn, "Entry: z-score outlier indices", "x: samples; n; idx: output indices; max_out: its capacity", "size_t outliers written", sig, beh,
                  "caller-provided idx; no malloc", code, check, "math.h, stddef.h")
    ctx = f"x holds a window of n {T} {mw['noun']} readings ({mw['unit']}) from {_a(mw['where'])} sensor"
    ret = f"writes to idx (capacity max_out) the ascending indices of readings whose absolute z-score, using the population standard deviation, exceeds {z}, and returns their count (0 for a constant window)"
    return cproblem(rng, "anomaly", mod, ctx, sig, ret, _res(rng, True), [t1, t2], entry, ["math.h", "stddef.h"])


def _py_health(xs, lo, hi, step, stuck):
    if not xs:
        return 8
    f = 1 if (min(xs) < lo or max(xs) > hi) else 0
    if any(abs(xs[i] - xs[i - 1]) > step for i in range(1, len(xs))):
        f |= 2
    best = run = 1
    for i in range(1, len(xs)):
        run = run + 1 if xs[i] == xs[i - 1] else 1
        best = max(best, run)
    return f | (4 if best >= stuck else 0)


def gen_sensor_health(rng: random.Random):
    mod = rng.choice(["temperature", "humidity", "pressure"])
    mw = modality_words(rng, mod)
    ft = _ft(rng)
    integer = rng.random() < 0.5
    D = "int16_t" if integer else ft["T"]
    W = "int32_t" if integer else ft["T"]
    scale = {"temperature": (22, -40, 85, 3), "humidity": (55, 0, 100, 4), "pressure": (1005, 300, 1100, 2)}[mod]
    base, lo, hi, stepmax = scale
    f1 = rng.choice(["min_max", "find_range", "window_min_max"])
    c1 = sub('''
    #include <stdint.h>
    #include <stddef.h>

    /* $fn: smallest and largest of n >= 1 samples. */
    void $fn(const $D *x, size_t n, $D *mn, $D *mx)
    {
        *mn = x[0];
        *mx = x[0];
        for (size_t i = 1; i < n; i++) {
            if (x[i] < *mn) {
                *mn = x[i];
            }
            if (x[i] > *mx) {
                *mx = x[i];
            }
        }
    }
    ''', fn=f1, D=D)
    k1 = f"const {D} x[] = {{3, -7, 12, 0}};\n{D} a, b;\n{f1}(x, 4, &a, &b);\nCHECK(a == -7 && b == 12);\n{f1}(x, 1, &a, &b);\nCHECK(a == 3 && b == 3);"
    t1 = ctask(f1, "Find the minimum and maximum", "x: samples; n >= 1; mn, mx: outputs", "void (mn, mx written)", f"void {f1}(const {D} *x, size_t n, {D} *mn, {D} *mx)",
               "Single pass keeping the smallest and largest value.", "n >= 1", c1, k1, "stdint.h, stddef.h")
    f2 = rng.choice(["count_jumps", "jump_count", "count_spikes"])
    c2 = sub('''
    #include <stdint.h>
    #include <stddef.h>

    /* $fn: number of consecutive-sample differences with |x[i] - x[i-1]| > max_step. */
    size_t $fn(const $D *x, size_t n, $D max_step)
    {
        size_t c = 0;
        for (size_t i = 1; i < n; i++) {
            $W d = ($W)x[i] - x[i - 1];
            if (d > max_step || d < -max_step) {
                c++;
            }
        }
        return c;
    }
    ''', fn=f2, D=D, W=W)
    k2 = f"const {D} x[] = {{10, 12, 30, 29, 5}};\nCHECK({f2}(x, 5, 5) == 2 && {f2}(x, 5, 24) == 0 && {f2}(x, 1, 1) == 0);"
    t2 = ctask(f2, "Count jumps between consecutive samples", "x: samples; n; max_step: allowed change", "size_t jumps", f"size_t {f2}(const {D} *x, size_t n, {D} max_step)",
               "Count i >= 1 with |x[i] - x[i-1]| > max_step" + (" (difference in int32_t)." if integer else "."), "none", c2, k2, "stdint.h, stddef.h")
    f3 = rng.choice(["longest_flat_run", "max_constant_run", "stuck_run_length"])
    c3 = sub('''
    #include <stdint.h>
    #include <stddef.h>

    /* $fn: length of the longest run of identical consecutive samples (1 if nothing repeats,
       0 for n == 0). */
    size_t $fn(const $D *x, size_t n)
    {
        size_t best = n ? 1 : 0;
        size_t run = 1;
        for (size_t i = 1; i < n; i++) {
            run = (x[i] == x[i - 1]) ? run + 1 : 1;
            if (run > best) {
                best = run;
            }
        }
        return best;
    }
    ''', fn=f3, D=D)
    k3 = f"const {D} x[] = {{1, 2, 2, 2, 3, 3}};\nCHECK({f3}(x, 6) == 3 && {f3}(x, 2) == 1 && {f3}(x, 0) == 0 && {f3}(x + 4, 2) == 2);"
    t3 = ctask(f3, "Measure the longest flat run", "x: samples; n", "size_t run length in samples", f"size_t {f3}(const {D} *x, size_t n)",
               "Longest stretch of exactly equal consecutive samples.", "none", c3, k3, "stdint.h, stddef.h")
    stuck = rng.choice([5, 6, 8, 10])
    if integer:
        k = 10
        LO, HI, STEP = lo * k, hi * k, stepmax * k + rng.choice([0, 5, 10])
        fmt = str
        unit = f"0.1 {mw['unit']} units (e.g. {base * k} = {base} {mw['unit']})"
    else:
        LO, HI, STEP = float(lo), float(hi), stepmax + rng.choice([0.05, 0.55, 1.05])
        fmt = lambda v: _lit(v, ft)  # noqa: E731
        unit = mw["unit"]
    txt = lambda v: f"{v:g}"  # noqa: E731
    efn = rng.choice(["sensor_health", f"{mod}_fault_flags", "check_sensor_window"])
    sig = f"uint8_t {efn}(const {D} *x, size_t n)"
    code = sub('''
    #include <stdint.h>
    #include <stddef.h>

    #define LO $lo
    #define HI $hi
    #define MAX_STEP $st
    #define STUCK_LEN $sl

    /* $e: fault bitmask of a window: 0x01 a reading outside [LO, HI], 0x02 a jump larger than
       MAX_STEP, 0x04 a run of at least STUCK_LEN identical samples; 0x08 for an empty window. */
    $sig
    {
        if (n == 0) {
            return 0x08;
        }
        $D mn, mx;
        uint8_t flags = 0;
        $f1(x, n, &mn, &mx);
        if (mn < LO || mx > HI) {
            flags |= 0x01;
        }
        if ($f2(x, n, MAX_STEP) > 0) {
            flags |= 0x02;
        }
        if ($f3(x, n) >= STUCK_LEN) {
            flags |= 0x04;
        }
        return flags;
    }
    ''', e=efn, lo=fmt(LO), hi=fmt(HI), st=fmt(STEP), sl=stuck, sig=sig, f1=f1, f2=f2, f3=f3, D=D)
    r = _data(rng)
    sc = 10 if integer else 1

    def walk(m):
        v, out = base * 10, []
        for _ in range(m):
            v += r.choice([-3, -2, -1, 1, 2, 3]) * (1 if integer else 1)
            out.append(v if integer else round(v / 10, 1))
        return out
    cases = []
    for kind in ("ok", "jump", "stuck", "range", "ok"):
        xs = walk(r.randrange(stuck + 4, stuck + 20))
        j = r.randrange(2, len(xs) - stuck - 1)
        if kind == "jump":
            xs[j] = xs[j] + (stepmax * 4 * sc if integer else stepmax * 4)
        elif kind == "stuck":
            xs[j:j + stuck] = [xs[j]] * stuck
        elif kind == "range":
            xs = [v + ((hi - base + 2) * sc if integer else round(hi - base + 2, 1)) for v in xs]
            xs = [round(v, 1) if not integer else v for v in xs]
        cases.append((xs, _py_health(xs, LO, HI, STEP, stuck)))
    lines = []
    for c, (xs, want) in enumerate(cases):
        lines.append(f"const {D} w{c}[] = {carr(xs) if integer else _farr(xs, ft)};\nCHECK({efn}(w{c}, {len(xs)}) == {want});")
    check = "\n".join(lines) + f"\nCHECK({efn}(w0, 0) == 0x08);"
    beh = (f"LO = {txt(LO)}, HI = {txt(HI)}, MAX_STEP = {txt(STEP)}, STUCK_LEN = {stuck}: 0x01 if {f1} finds a value outside [LO, HI], "
           f"0x02 if {f2} > 0, 0x04 if {f3} >= {stuck}; 0x08 for n == 0; 0 = healthy.")
    entry = ctask(efn, "Entry: sensor fault bitmask", "x: window of readings; n: count", "uint8_t flags", sig, beh, "no malloc", code, check, "stdint.h, stddef.h")
    ctx = f"x holds n {D} {mw['noun']} readings in {unit} from {_a(mw['where'])} sensor, one window per report"
    ret = (f"returns a fault bitmask: 0x01 if any reading is outside [{txt(LO)}, {txt(HI)}], 0x02 if two consecutive readings differ by more than {txt(STEP)}, "
           f"0x04 if the sensor looks stuck ({stuck} or more identical consecutive readings), 0x08 for an empty window, 0 when healthy")
    return cproblem(rng, "anomaly", mod, ctx, sig, ret, _res(rng, not integer), [t1, t2, t3], entry, ["stdint.h", "stddef.h"])


# ---- orientation and fusion -------------------------------------------------------------

def _pitch(ax, ay, az):
    return math.degrees(math.atan2(-ax, math.sqrt(ay * ay + az * az)))


def _roll(ay, az):
    return math.degrees(math.atan2(ay, az))


def _angle_task(rng, ft, which):
    T = ft["T"]
    if which == "pitch":
        fn = rng.choice(["pitch_deg", "accel_pitch", "pitch_from_accel"])
        sig, expr = f"{T} {fn}({T} ax, {T} ay, {T} az)", "atan2(-ax, sqrt(ay * ay + az * az))"
        chk = f"{_near(f'{fn}(0, 0, 1)', 0.0, 1e-4)}\n{_near(f'{fn}(-1, 0, 0)', 90.0, 1e-4)}\n{_near(f'{fn}(0.5, 0, 0.8660254)', _pitch(0.5, 0, 0.8660254), 1e-4)}"
    else:
        fn = rng.choice(["roll_deg", "accel_roll", "roll_from_accel"])
        sig, expr = f"{T} {fn}({T} ay, {T} az)", "atan2(ay, az)"
        chk = f"{_near(f'{fn}(0, 1)', 0.0, 1e-4)}\n{_near(f'{fn}(1, 0)', 90.0, 1e-4)}\n{_near(f'{fn}(0.5, 0.8660254)', _roll(0.5, 0.8660254), 1e-4)}"
    code = sub('''
    #include <math.h>

    /* $fn: $which angle in degrees from a static accelerometer sample (g): $expr. */
    $sig
    {
        return ($T)($body * 57.29577951308232);
    }
    ''', fn=fn, which=which, expr=expr, sig=sig, body=expr.replace("atan2", ft["atan2"]).replace("sqrt", ft["sqrt"]), **ft)
    return ctask(fn, f"Compute the {which} angle from gravity", "accelerometer axes in g", f"{T} degrees", sig, f"{expr} converted to degrees (x 180 / pi).",
                 "none", code, chk, "math.h")


def gen_tilt(rng: random.Random):
    ft = _ft(rng)
    T = ft["T"]
    tol = rng.choice([0.1, 0.15, 0.2])
    inter = rng.random() < 0.5
    t1, t2, t3 = _mag_task(rng, ft), _angle_task(rng, ft, "pitch"), _angle_task(rng, ft, "roll")
    efn = rng.choice(["tilt_angles", "device_tilt", "estimate_tilt", "mounting_angles"])
    params = f"const {T} *xyz, size_t n" if inter else f"const {T} *ax, const {T} *ay, const {T} *az, size_t n"
    sig = f"int {efn}({params}, {T} *pitch, {T} *roll)"
    X, Y, Z = ("xyz[3 * i]", "xyz[3 * i + 1]", "xyz[3 * i + 2]") if inter else ("ax[i]", "ay[i]", "az[i]")
    code = sub('''
    #include <math.h>
    #include <stddef.h>

    #define MAG_TOL $tol

    /* $e: average the n samples$lay, write pitch and roll (degrees) of the averaged vector and
       return 1 if its magnitude is within 1 +/- MAG_TOL g (at rest), 0 if not, -1 for n == 0. */
    $sig
    {
        if (n == 0) {
            return -1;
        }
        $T sx = 0, sy = 0, sz = 0;
        for (size_t i = 0; i < n; i++) {
            sx += $X;
            sy += $Y;
            sz += $Z;
        }
        sx /= ($T)n;
        sy /= ($T)n;
        sz /= ($T)n;
        *pitch = $p(sx, sy, sz);
        *roll = $r(sy, sz);
        return $fabs($m(sx, sy, sz) - 1) <= MAG_TOL;
    }
    ''', e=efn, tol=_lit(tol, ft), lay=" (interleaved x, y, z)" if inter else "", sig=sig, X=X, Y=Y, Z=Z, p=t2.name, r=t3.name, m=t1.name, **ft)
    r = _data(rng)
    lines = [f"{T} p = 0, q = 0;"]
    for c, scale in enumerate([r.uniform(1 - tol / 3, 1 + tol / 3), r.choice([r.uniform(1 + tol + 0.2, 1.8), r.uniform(0.3, 1 - tol - 0.2)])]):
        pd, rd = math.radians(r.uniform(-60, 60)), math.radians(r.uniform(-70, 70))
        g = [-math.sin(pd), math.cos(pd) * math.sin(rd), math.cos(pd) * math.cos(rd)]
        n = r.randrange(4, 12)
        smp = [[round(gk * scale + r.gauss(0, 0.01), 3) for gk in g] for _ in range(n)]
        mx, my, mz = (sum(s[k] for s in smp) / n for k in range(3))
        ok = 1 if abs(_mag(mx, my, mz) - 1) <= tol else 0
        if inter:
            lines.append(f"const {T} v{c}[] = {_farr([v for s in smp for v in s], ft)};\nCHECK({efn}(v{c}, {n}, &p, &q) == {ok});")
        else:
            lines.append("\n".join(f"const {T} {a}{c}[] = {_farr([s[k] for s in smp], ft)};" for k, a in enumerate("xyz")) + f"\nCHECK({efn}(x{c}, y{c}, z{c}, {n}, &p, &q) == {ok});")
        lines.append(f"{_near('p', _pitch(mx, my, mz))}\n{_near('q', _roll(my, mz))}")
    lines.append(f"CHECK({efn}({'v0' if inter else 'x0, y0, z0'}, 0, &p, &q) == -1);")
    beh = (f"Mean of each axis over n samples; pitch = {t2.name}, roll = {t3.name} of the mean vector; "
           f"return 1 if |{t1.name}(mean) - 1 g| <= {tol} g (rest) else 0; -1 for n == 0.")
    entry = ctask(efn, "Entry: tilt angles of a resting device", f"{'xyz: interleaved samples' if inter else 'ax, ay, az: axis arrays'}; n; pitch, roll: outputs",
                  "int 1 rest / 0 moving / -1 empty", sig, beh, "no malloc", code, "\n".join(lines), "math.h, stddef.h")
    mw = modality_words(rng, "accelerometer")
    lay = "xyz holds n interleaved x, y, z samples" if inter else "ax, ay and az hold n samples per axis"
    ctx = f"{_a(mw['where'])} 3-axis accelerometer reports {T} values in g; {lay}"
    ret = (f"averages the window, writes pitch = atan2(-x, sqrt(y^2 + z^2)) and roll = atan2(y, z) in degrees of the mean vector, and returns 1 when its magnitude is within "
           f"1 +/- {tol} g (device at rest), 0 otherwise, -1 for n == 0")
    return cproblem(rng, "fusion", "accelerometer", ctx, sig, ret, _res(rng, True), [t1, t2, t3], entry, ["math.h", "stddef.h"])


def gen_fusion(rng: random.Random):
    ft = _ft(rng)
    T = ft["T"]
    r = _data(rng)
    n = r.randrange(20, 50)
    if rng.random() < 0.5:
        fs = rng.choice([50, 100, 200])
        alpha = rng.choice([0.9, 0.95, 0.98, 0.99])
        t1 = _angle_task(rng, ft, "roll")
        f2 = rng.choice(["complementary_step", "comp_filter_step", "fuse_step"])
        c2 = sub('''
        /* $fn: complementary filter step: alpha * (angle + rate * dt) + (1 - alpha) * acc_angle. */
        $T $fn($T angle, $T rate, $T acc_angle, $T dt, $T alpha)
        {
            return alpha * (angle + rate * dt) + (1 - alpha) * acc_angle;
        }
        ''', fn=f2, **ft)
        k2 = f"{_near(f'{f2}(10, 5, 20, 0.1, 0.9)', 11.45, 1e-6)}\n{_near(f'{f2}(0, 0, 30, 0.01, 0)', 30.0, 1e-6)}"
        t2 = ctask(f2, "Apply one complementary filter step", "angle: previous estimate (deg); rate: gyro (deg/s); acc_angle: deg; dt: s; alpha",
                   f"{T} new angle", f"{T} {f2}({T} angle, {T} rate, {T} acc_angle, {T} dt, {T} alpha)",
                   "alpha * (angle + rate * dt) + (1 - alpha) * acc_angle.", "none", c2, k2, "none")
        efn = rng.choice(["complementary_filter", "fuse_roll", "roll_estimate"])
        sig = f"void {efn}(const {T} *gyro, const {T} *ay, const {T} *az, size_t n, {T} *angle)"
        code = sub('''
        #include <stddef.h>

        #define DT $dt
        #define ALPHA $a

        /* $e: roll angle (degrees) from gyro rate about x (deg/s) and accelerometer y/z (g):
           start at the accelerometer angle of sample 0, then apply the complementary step with
           DT (1 / $fs Hz) and ALPHA to every sample; angle[i] receives the estimate. */
        $sig
        {
            if (n == 0) {
                return;
            }
            $T a = $f1(ay[0], az[0]);
            for (size_t i = 0; i < n; i++) {
                a = $f2(a, gyro[i], $f1(ay[i], az[i]), DT, ALPHA);
                angle[i] = a;
            }
        }
        ''', e=efn, dt=_lit(1 / fs, ft), a=_lit(alpha, ft), fs=fs, sig=sig, f1=t1.name, f2=f2, **ft)
        ang = [30 * math.sin(2 * math.pi * 0.5 * i / fs + r.uniform(0, 3)) for i in range(n + 1)]
        gyro = [round((ang[i + 1] - ang[i]) * fs + 2.0 + r.gauss(0, 1), 2) for i in range(n)]
        ay = [round(math.sin(math.radians(a)) + r.gauss(0, 0.02), 3) for a in ang[:n]]
        az = [round(math.cos(math.radians(a)) + r.gauss(0, 0.02), 3) for a in ang[:n]]
        a, want = _roll(ay[0], az[0]), []
        for i in range(n):
            a = alpha * (a + gyro[i] / fs) + (1 - alpha) * _roll(ay[i], az[i])
            want.append(a)
        check = (f"const {T} g[] = {_farr(gyro, ft)};\nconst {T} y[] = {_farr(ay, ft)};\nconst {T} z[] = {_farr(az, ft)};\n{T} out[{n}];\n"
                 f"{efn}(g, y, z, {n}, out);\n{_all_near('out', want, n)}")
        beh = f"DT = 1/{fs} s, ALPHA = {alpha}; a = {t1.name}(ay[0], az[0]); for each i: a = {f2}(a, gyro[i], {t1.name}(ay[i], az[i]), DT, ALPHA); angle[i] = a."
        ctx = f"an IMU sampled at {fs} Hz gives gyro rates about the x axis in deg/s and accelerometer y and z in g, as {T} arrays of n samples"
        ret = (f"fuses them with a complementary filter (alpha {alpha}, dt 1/{fs} s, initialised to the accelerometer roll atan2(y, z) of the first sample) "
               f"and writes the roll angle in degrees for every sample to angle")
        tasks, mod = [t1, t2], "gyroscope"
    else:
        q, rn = rng.choice([0.001, 0.01, 0.05]), rng.choice([0.1, 0.5, 1.0, 4.0])
        p0 = rng.choice([1.0, 10.0])
        qr_param = rng.random() < 0.5
        f1 = rng.choice(["kalman_predict", "kf_predict", "predict_variance"])
        c1 = sub('''
        /* $fn: Kalman predict step for a constant-value model: the variance grows by q. */
        void $fn($T *p, $T q)
        {
            *p += q;
        }
        ''', fn=f1, **ft)
        t1 = ctask(f1, "Run the Kalman predict step", "p: estimate variance; q: process noise", "void (p updated)", f"void {f1}({T} *p, {T} q)",
                   "p += q (state unchanged for a constant model).", "none", c1, f"{T} p = 1;\n{f1}(&p, 0.5);\n{_near('p', 1.5, 1e-6)}", "none")
        f2 = rng.choice(["kalman_update", "kf_update", "kalman_correct"])
        c2 = sub('''
        /* $fn: Kalman update with measurement z of noise variance r: k = p / (p + r),
           x += k * (z - x), p = (1 - k) * p. Returns the new estimate. */
        $T $fn($T *x, $T *p, $T z, $T r)
        {
            $T k = *p / (*p + r);
            *x += k * (z - *x);
            *p = (1 - k) * *p;
            return *x;
        }
        ''', fn=f2, **ft)
        k2 = f"{T} x = 0, p = 1;\n{_near(f'{f2}(&x, &p, 10, 1)', 5.0, 1e-6)}\n{_near('p', 0.5, 1e-6)}\n{_near(f'{f2}(&x, &p, 5, 1)', 5.0, 1e-6)}"
        t2 = ctask(f2, "Run the Kalman update step", "x: estimate; p: variance; z: measurement; r: measurement noise", f"{T} new estimate",
                   f"{T} {f2}({T} *x, {T} *p, {T} z, {T} r)", "Gain k = p / (p + r); x += k (z - x); p = (1 - k) p.", "none", c2, k2, "none")
        mod = rng.choice(["temperature", "pressure", "humidity", "light", "current"])
        mw = modality_words(rng, mod)
        efn = rng.choice(["kalman_filter", f"kalman_{mod}", "kalman_smooth"])
        sig = f"void {efn}(const {T} *z, {T} *out, size_t n" + (f", {T} q, {T} r)" if qr_param else ")")
        code = sub('''
        #include <stddef.h>
        $defs
        /* $e: scalar Kalman filter for a slowly varying value: x starts at z[0] and the variance at
           $p0; every sample runs predict ($Q) then update with z[i] ($R); out[i] = estimate. */
        $sig
        {
            if (n == 0) {
                return;
            }
            $T x = z[0];
            $T p = $p0;
            for (size_t i = 0; i < n; i++) {
                $f1(&p, $Q);
                out[i] = $f2(&x, &p, z[i], $R);
            }
        }
        ''', e=efn, defs="" if qr_param else f"\n#define KF_Q {_lit(q, ft)}\n#define KF_R {_lit(rn, ft)}\n", p0=_lit(p0, ft),
                   Q="q" if qr_param else "KF_Q", R="r" if qr_param else "KF_R", sig=sig, f1=f1, f2=f2, **ft)
        zs = [round(20 + 0.05 * i + r.gauss(0, math.sqrt(rn)), 3) for i in range(n)]
        x, p, want = zs[0], p0, []
        for zv in zs:
            p += q
            k = p / (p + rn)
            x += k * (zv - x)
            p = (1 - k) * p
            want.append(x)
        call = f"{efn}(z, out, {n}" + (f", {q!r}, {rn!r})" if qr_param else ")")
        check = f"const {T} z[] = {_farr(zs, ft)};\n{T} out[{n}];\n{call};\n{_all_near('out', want, n)}"
        beh = f"x = z[0], p = {p0}; per sample {f1}(&p, q = {q}) then {f2}(&x, &p, z[i], r = {rn}); out[i] = x; n == 0 does nothing."
        ctx = f"z holds n noisy {T} {mw['noun']} measurements ({mw['unit']}) from {_a(mw['where'])} sensor"
        ret = (f"writes to out a scalar Kalman estimate (constant-value model, process noise q = {q}, measurement noise r = {rn}, x0 = z[0], p0 = {p0})"
               + (" where q and r are passed in" if qr_param else ""))
        tasks = [t1, t2]
    ins = ("gyro: deg/s; ay, az: g; n: samples; angle: n outputs" if "gyro" in sig else "z: measurements; out: n estimates; n: count" + ("; q, r: noise variances" if "q, " in sig else ""))
    entry = ctask(efn, "Entry: sensor fusion over a buffer", ins, "void (fills " + ("angle)" if "gyro" in sig else "out)"), sig, beh,
                  "caller-provided output; no malloc", code, check, "stddef.h")
    return cproblem(rng, "fusion", mod, ctx, sig, ret, _res(rng, True), tasks, entry, ["stddef.h", "math.h"])


# ---- motion events ----------------------------------------------------------------------

def _axes(r, mags, nd=3):
    out = []
    for m in mags:
        u = _unit(r)
        out.append([round(m * c, nd) for c in u])
    return out


def gen_fall(rng: random.Random):
    ft = _ft(rng)
    T = ft["T"]
    fs = rng.choice([25, 50, 100])
    low, high = rng.choice([0.3, 0.4, 0.5, 0.6]), rng.choice([2.0, 2.5, 3.0])
    win_ms = rng.choice([300, 500, 800, 1000])
    W = fs * win_ms // 1000
    t1 = _mag_task(rng, ft)
    f2 = rng.choice(["find_impact", "impact_after", "next_impact"])
    c2 = sub('''
    /* $fn: index of the first sample j with from < j <= from + window and j < n whose
       magnitude exceeds high, or -1. */
    int $fn(const $T *ax, const $T *ay, const $T *az, int n, int from, int window, $T high)
    {
        for (int j = from + 1; j <= from + window && j < n; j++) {
            if ($m(ax[j], ay[j], az[j]) > high) {
                return j;
            }
        }
        return -1;
    }
    ''', fn=f2, m=t1.name, **ft)
    k2 = (f"const {T} x[] = {{0, 0, 0, 0}}, y[] = {{0, 0, 0, 0}}, z[] = {{1, 0.1, 0.2, 3}};\n"
          f"CHECK({f2}(x, y, z, 4, 1, 2, 2.5) == 3 && {f2}(x, y, z, 4, 1, 1, 2.5) == -1 && {f2}(x, y, z, 4, 3, 5, 2.5) == -1);")
    t2 = ctask(f2, "Search for an impact after a sample", "ax, ay, az: axes in g; n; from: start index; window: samples; high: g", "int index or -1",
               f"int {f2}(const {T} *ax, const {T} *ay, const {T} *az, int n, int from, int window, {T} high)",
               f"First j in (from, from + window], j < n, with {t1.name} > high.", "none", c2, k2, "none")
    t2.deps = [t1]
    efn = rng.choice(["detect_fall", "fall_detected_at", "find_fall"])
    sig = f"int {efn}(const {T} *ax, const {T} *ay, const {T} *az, int n)"
    code = sub('''
    #define FREE_FALL_G $lo
    #define IMPACT_G $hi
    #define WINDOW $w

    /* $e: index of the first free-fall sample (magnitude below FREE_FALL_G g) followed by an
       impact above IMPACT_G g within WINDOW samples ($ms ms at $fs Hz); -1 if there is no fall. */
    $sig
    {
        for (int i = 0; i < n; i++) {
            if ($m(ax[i], ay[i], az[i]) < FREE_FALL_G && $f2(ax, ay, az, n, i, WINDOW, IMPACT_G) >= 0) {
                return i;
            }
        }
        return -1;
    }
    ''', lo=_lit(low, ft), hi=_lit(high, ft), w=W, ms=win_ms, fs=fs, e=efn, sig=sig, m=t1.name, f2=f2)
    r = _data(rng)

    def trace(kind):
        mags = [r.uniform(0.75, 1.3) for _ in range(r.randrange(5, 15))]
        ff = [r.uniform(0.05, low - 0.1) for _ in range(r.randrange(2, 6))]
        gap = r.randrange(0, max(1, W - 1)) if kind == "fall" else W + r.randrange(2, 6)
        if kind != "bump":
            mags += ff + [r.uniform(0.75, 1.2) for _ in range(gap)]
        mags += [r.uniform(high + 0.3, high + 1.5)] + [r.uniform(0.8, 1.2) for _ in range(r.randrange(3, 8))]
        return _axes(r, mags)

    def ref(s):
        mg = [_mag(*v) for v in s]
        for i, m in enumerate(mg):
            if m < low and any(mg[j] > high for j in range(i + 1, min(i + W, len(s) - 1) + 1)):
                return i
        return -1
    lines = []
    for c, kind in enumerate(["fall", rng.choice(["late", "bump"]), "fall"]):
        s = trace(kind)
        lines.append("\n".join(f"const {T} {a}{c}[] = {_farr([v[k] for v in s], ft)};" for k, a in enumerate("xyz")) +
                     f"\nCHECK({efn}(x{c}, y{c}, z{c}, {len(s)}) == {ref(s)});")
    lines.append(f"CHECK({efn}(x0, y0, z0, 0) == -1);")
    beh = f"FREE_FALL_G = {low}, IMPACT_G = {high}, WINDOW = {W} samples ({fs} * {win_ms} / 1000); the first i with {t1.name} < {low} and {f2}(..., i, {W}, {high}) >= 0."
    entry = ctask(efn, "Entry: threshold fall detection", "ax, ay, az: axes in g; n: samples", "int index of the free-fall sample or -1", sig, beh,
                  "no malloc; no state", code, "\n".join(lines), "none")
    mw = dict(where=rng.choice(["wrist-worn", "chest-mounted", "phone", "belt-clip", "ankle"]), fs=rng.choice([25, 50, 100]))
    ctx = f"{_a(mw['where'])} accelerometer sampled at {fs} Hz stores n {T} samples per axis in g in ax, ay and az"
    ret = (f"returns the index of the first free-fall sample (magnitude below {low} g) that is followed by an impact above {high} g within {win_ms} ms "
           f"({W} samples), or -1 if no fall occurred")
    return cproblem(rng, "fall", "accelerometer", ctx, sig, ret, _res(rng, True), [t1, t2], entry, ["math.h"])


def gen_steps(rng: random.Random):
    ft = _ft(rng)
    T = ft["T"]
    fs = rng.choice([25, 50, 100])
    integer = rng.random() < 0.4
    thr = rng.choice([1.1, 1.15, 1.2, 1.3])
    gap_ms = rng.choice([250, 300, 350, 400])
    gap = fs * gap_ms // 1000
    if integer:
        thr_mg = int(round(thr * 1000))
        f1 = rng.choice(["mag_sq_mg", "magnitude_sq", "norm_sq"])
        c1 = f"#include <stdint.h>\n\n/* {f1}: squared magnitude x*x + y*y + z*z of an int16_t sample (fits in uint32_t). */\nuint32_t {f1}(int16_t x, int16_t y, int16_t z)\n{{\n    return (uint32_t)((int32_t)x * x) + (uint32_t)((int32_t)y * y) + (uint32_t)((int32_t)z * z);\n}}"
        t1 = ctask(f1, "Compute the squared magnitude of a sample", "x, y, z: axes in mg", "uint32_t squared magnitude", f"uint32_t {f1}(int16_t x, int16_t y, int16_t z)",
                   "Sum of squares in 32-bit unsigned arithmetic, no square root.", "integer only", c1,
                   f"CHECK({f1}(3, 4, 12) == 169u && {f1}(-32768, -32768, -32768) == 3221225472u && {f1}(0, 0, -1000) == 1000000u);", "stdint.h")
        M = "uint32_t"
    else:
        t1 = _mag_task(rng, ft)
        M = T
    f2 = rng.choice(["crossed_up", "rising_cross", "is_upward_crossing"])
    c2 = f"#include <stdint.h>\n\n/* {f2}: 1 when the signal goes from below thr to at or above thr, else 0. */\nint {f2}({M} prev, {M} cur, {M} thr)\n{{\n    return prev < thr && cur >= thr;\n}}"
    t2 = ctask(f2, "Detect an upward threshold crossing", "prev, cur: consecutive values; thr: threshold", "int 1 on a crossing", f"int {f2}({M} prev, {M} cur, {M} thr)",
               "prev < thr && cur >= thr.", "none", c2, f"CHECK({f2}(1, 5, 3) == 1 && {f2}(3, 5, 3) == 0 && {f2}(1, 3, 3) == 1 && {f2}(5, 1, 3) == 0);", "stdint.h")
    efn = rng.choice(["count_steps", "step_count", "pedometer_steps"])
    if integer:
        sig = f"int {efn}(const int16_t *xyz, size_t n)"
        get = "{m}(xyz[3 * {i}], xyz[3 * {i} + 1], xyz[3 * {i} + 2])"
        thr_def, tdesc = f"{thr_mg * thr_mg}u", f"{thr_mg} mg, squared"
    else:
        sig = f"int {efn}(const {T} *ax, const {T} *ay, const {T} *az, size_t n)"
        get = "{m}(ax[{i}], ay[{i}], az[{i}])"
        thr_def, tdesc = _lit(thr, ft), f"{thr} g"
    code = sub('''
    #include <stddef.h>
    #include <stdint.h>

    #define STEP_THR $thr
    #define MIN_GAP $gap

    /* $e: count steps. An upward crossing of STEP_THR ($td)
       by the acceleration magnitude is a step if it comes at least MIN_GAP samples
       ($gms ms at $fs Hz) after the last counted step. */
    $sig
    {
        if (n == 0) {
            return 0;
        }
        int steps = 0;
        size_t last = 0;
        $M prev = $g0;
        for (size_t i = 1; i < n; i++) {
            $M cur = $gi;
            if ($f2(prev, cur, STEP_THR) && (steps == 0 || i - last >= MIN_GAP)) {
                steps++;
                last = i;
            }
            prev = cur;
        }
        return steps;
    }
    ''', thr=thr_def, gap=gap, td=tdesc, gms=gap_ms, fs=fs, e=efn, sig=sig, M=M, g0=get.format(m=t1.name, i="0").replace("3 * 0 + ", "").replace("3 * 0", "0"), gi=get.format(m=t1.name, i="i"), f2=f2)
    r = _data(rng)
    n = int(fs * r.uniform(3, 6))
    f_step, amp = r.uniform(1.4, 2.4), r.uniform(0.3, 0.6)
    u = [r.gauss(0, 0.2), r.gauss(0, 0.2), 1.0]
    un = _mag(*u)
    smp, mags = [], []
    for i in range(n):
        m = 1 + amp * math.sin(2 * math.pi * f_step * i / fs) + r.gauss(0, 0.08)
        while True:
            v = [int(round(m * c / un * 1000)) for c in u] if integer else [round(m * c / un, 3) for c in u]
            mv = _mag(*v) / (1000 if integer else 1)
            if abs(mv - thr) > 0.004:
                break
            m += 0.01
        smp.append(v)
        mags.append(mv)
    steps, last = 0, 0
    for i in range(1, n):
        if mags[i - 1] < thr <= mags[i] and (steps == 0 or i - last >= gap):
            steps, last = steps + 1, i
    if integer:
        check = f"static const int16_t s[] = {carr([c for v in smp for c in v])};\nCHECK({efn}(s, {n}) == {steps});\nCHECK({efn}(s, 1) == 0 && {efn}(s, 0) == 0);"
    else:
        check = "\n".join(f"static const {T} {a}[] = {_farr([v[k] for v in smp], ft)};" for k, a in enumerate("xyz")) + \
            f"\nCHECK({efn}(x, y, z, {n}) == {steps});\nCHECK({efn}(x, y, z, 1) == 0 && {efn}(x, y, z, 0) == 0);"
    beh = (f"STEP_THR = {thr_def} ({tdesc}), MIN_GAP = {gap} samples ({gap_ms} ms at {fs} Hz): count {f2}(prev, cur, STEP_THR) "
           f"if >= MIN_GAP after the last step (first always counts).")
    entry = ctask(efn, "Entry: count steps in a window", ("xyz: interleaved x, y, z in mg" if integer else "ax, ay, az: axes in g") + "; n: samples", "int steps",
                  sig, beh, "no malloc", code, check, "stddef.h, stdint.h")
    mw = modality_words(rng, "accelerometer")
    rep = "an interleaved int16_t buffer xyz of n x, y, z samples in mg" if integer else f"{T} arrays ax, ay, az of n samples in g"
    ctx = f"{_a(mw['where'])} accelerometer sampled at {fs} Hz delivers {rep}"
    ret = (f"returns the number of steps: upward crossings of {thr} g by the acceleration magnitude, counting a crossing only if it is at least {gap_ms} ms "
           f"({gap} samples) after the previous counted step" + ("; use integer arithmetic and compare squared magnitudes" if integer else ""))
    return cproblem(rng, "step_counting", "accelerometer", ctx, sig, ret, _res(rng, not integer), [t1, t2], entry, ["stdint.h", "stddef.h"])


def gen_activity(rng: random.Random):
    ft = _ft(rng)
    T = ft["T"]
    rest, walk, ffm = rng.choice([0.05, 0.08, 0.1]), rng.choice([0.35, 0.4, 0.5]), rng.choice([0.4, 0.5, 0.6])
    t1 = _mag_task(rng, ft)
    f2 = rng.choice(["magnitude_stats", "mag_mean_std", "window_mag_stats"])
    c2 = sub('''
    #include <math.h>
    #include <stddef.h>

    /* $fn: mean and population standard deviation of the acceleration magnitude over n >= 1
       samples (two passes). */
    void $fn(const $T *ax, const $T *ay, const $T *az, size_t n, $T *mean, $T *std)
    {
        $T s = 0;
        for (size_t i = 0; i < n; i++) {
            s += $m(ax[i], ay[i], az[i]);
        }
        *mean = s / ($T)n;
        $T v = 0;
        for (size_t i = 0; i < n; i++) {
            $T d = $m(ax[i], ay[i], az[i]) - *mean;
            v += d * d;
        }
        *std = $sqrt(v / ($T)n);
    }
    ''', fn=f2, m=t1.name, **ft)
    k2 = (f"const {T} x[] = {{0, 0, 0, 0}}, y[] = {{0, 0, 0, 0}}, z[] = {{1, 3, 1, 3}};\n{T} m, s;\n{f2}(x, y, z, 4, &m, &s);\n"
          f"{_near('m', 2.0, 1e-6)}\n{_near('s', 1.0, 1e-6)}")
    t2 = ctask(f2, "Compute magnitude mean and standard deviation", "ax, ay, az: axes in g; n >= 1; mean, std: outputs", "void (outputs via pointers)",
               f"void {f2}(const {T} *ax, const {T} *ay, const {T} *az, size_t n, {T} *mean, {T} *std)",
               f"Mean of {t1.name} over the window, then the population std (divide by n).", "n >= 1; no malloc", c2, k2, "math.h, stddef.h")
    t2.deps = [t1]
    efn = rng.choice(["classify_activity", "activity_class", "har_rule_classify"])
    sig = f"int {efn}(const {T} *ax, const {T} *ay, const {T} *az, size_t n)"
    code = sub('''
    #include <stddef.h>

    #define FREE_FALL_MEAN $ff
    #define REST_STD $rest
    #define WALK_STD $walk

    /* $e: rule-based activity class of a window: -1 empty, 3 free fall (mean magnitude below
       FREE_FALL_MEAN g), else by the magnitude std: 0 rest (< REST_STD), 1 walking (< WALK_STD),
       2 running. */
    $sig
    {
        if (n == 0) {
            return -1;
        }
        $T mean, std;
        $f2(ax, ay, az, n, &mean, &std);
        if (mean < FREE_FALL_MEAN) {
            return 3;
        }
        if (std < REST_STD) {
            return 0;
        }
        return std < WALK_STD ? 1 : 2;
    }
    ''', ff=_lit(ffm, ft), rest=_lit(rest, ft), walk=_lit(walk, ft), e=efn, sig=sig, f2=f2, **ft)
    r = _data(rng)

    def window(cls):
        n = r.randrange(16, 40)
        for _ in range(100):
            if cls == 3:
                mags = [abs(r.uniform(0.02, ffm - 0.15)) for _ in range(n)]
            else:
                sd = {0: rest * 0.3, 1: (rest + walk) / 2, 2: walk * 2}[cls]
                mags = [max(0.05, 1 + sd * math.sqrt(2) * math.sin(1.3 * i) + r.gauss(0, sd * 0.2)) for i in range(n)]
            s = _axes(r, mags)
            mg = [_mag(*v) for v in s]
            mean = sum(mg) / n
            std = math.sqrt(sum((v - mean) ** 2 for v in mg) / n)
            got = -1 if n == 0 else 3 if mean < ffm else 0 if std < rest else 1 if std < walk else 2
            if got == cls and min(abs(mean - ffm), abs(std - rest), abs(std - walk)) > 0.02:
                return s, mean, std
        raise ValueError("no clean window")
    lines = [f"{T} m, s;"]
    for cls in r.sample([0, 1, 2, 3], 4):
        smp, mean, std = window(cls)
        lines.append("\n".join(f"const {T} {a}{cls}[] = {_farr([v[k] for v in smp], ft)};" for k, a in enumerate("xyz")) +
                     f"\nCHECK({efn}(x{cls}, y{cls}, z{cls}, {len(smp)}) == {cls});\n{f2}(x{cls}, y{cls}, z{cls}, {len(smp)}, &m, &s);\n{_near('m', mean)}\n{_near('s', std)}")
    lines.append(f"CHECK({efn}(x0, y0, z0, 0) == -1);")
    beh = f"{f2} over the window; mean < {ffm} g -> 3 (free fall); std < {rest} -> 0 (rest); std < {walk} -> 1 (walking); else 2 (running); -1 for n == 0."
    entry = ctask(efn, "Entry: classify the activity of a window", "ax, ay, az: axes in g; n: samples", "int class code", sig, beh, "no malloc", code, "\n".join(lines), "stddef.h")
    mw = dict(where=rng.choice(["wrist-worn", "chest-mounted", "phone", "belt-clip", "ankle"]), fs=rng.choice([25, 50, 100]))
    ctx = f"{_a(mw['where'])} accelerometer ({mw['fs']} Hz) fills {T} arrays ax, ay, az with one window of n samples in g"
    ret = (f"classifies the window from the mean and population standard deviation of the acceleration magnitude: 3 (free fall) if the mean is below {ffm} g, "
           f"otherwise 0 (rest) if the std is below {rest} g, 1 (walking) if below {walk} g, else 2 (running); -1 for an empty window")
    return cproblem(rng, "har", "accelerometer", ctx, sig, ret, _res(rng, True), [t1, t2], entry, ["math.h", "stddef.h"])


# ---- spectral, fixed point, conversion ------------------------------------------------

def _py_goertzel(x, coeff):
    s1 = s2 = 0.0
    for v in x:
        s1, s2 = v + coeff * s1 - s2, s1
    return s1 * s1 + s2 * s2 - coeff * s1 * s2


def gen_goertzel(rng: random.Random):
    mod = rng.choice(["vibration", "microphone", "current", "voltage"])
    mw = modality_words(rng, mod)
    ft = _ft(rng, 0.5)
    T = ft["T"]
    fs = mw["fs"]
    n = rng.choice([64, 100, 128, 160])
    f1 = rng.choice(["goertzel_coeff", "goertzel_coefficient", "tone_coeff"])
    c1 = sub('''
    #include <math.h>

    /* $fn: Goertzel coefficient 2 * cos(2 * pi * freq / fs), computed in double. */
    $T $fn($T freq, $T fs)
    {
        return ($T)(2.0 * cos(6.283185307179586 * (double)freq / (double)fs));
    }
    ''', fn=f1, **ft)
    k1 = f"{_near(f'{f1}(0, 8000)', 2.0, 1e-6)}\n{_near(f'{f1}(2000, 8000)', 0.0, 1e-6)}\n{_near(f'{f1}(1000, 8000)', math.sqrt(2), 1e-6)}"
    t1 = ctask(f1, "Compute the Goertzel coefficient", "freq: target frequency in Hz; fs: sampling rate in Hz", f"{T} coefficient", f"{T} {f1}({T} freq, {T} fs)",
               "2 * cos(2 * pi * freq / fs); the exact frequency, not rounded to a DFT bin.", "none", c1, k1, "math.h")
    f2 = rng.choice(["goertzel_power", "goertzel_mag_sq", "tone_power"])
    c2 = sub('''
    #include <stddef.h>

    /* $fn: Goertzel power |X(f)|^2 of n samples: s = x[i] + coeff * s1 - s2 per sample, then
       s1 * s1 + s2 * s2 - coeff * s1 * s2. */
    $T $fn(const $T *x, size_t n, $T coeff)
    {
        $T s1 = 0, s2 = 0;
        for (size_t i = 0; i < n; i++) {
            $T s = x[i] + coeff * s1 - s2;
            s2 = s1;
            s1 = s;
        }
        return s1 * s1 + s2 * s2 - coeff * s1 * s2;
    }
    ''', fn=f2, **ft)
    k2 = f"const {T} x[] = {{1, 1, 1, 1}}, y[] = {{1, -1, 1, -1}};\n{_near(f'{f2}(x, 4, 2)', 16.0, 1e-6)}\n{_near(f'{f2}(y, 4, 2)', 0.0, 1e-6)}\n{_near(f'{f2}(y, 4, -2)', 16.0, 1e-6)}"
    t2 = ctask(f2, "Run the Goertzel recursion", "x: samples; n; coeff: from the coefficient task", f"{T} power", f"{T} {f2}(const {T} *x, size_t n, {T} coeff)",
               "Second-order recursion over all samples, then the power formula.", "no malloc", c2, k2, "stddef.h")
    r = _data(rng)
    bins = r.sample(range(2, n // 2 - 1), 4)
    freqs = [b * fs / n for b in bins]
    amps = [1.0, r.uniform(0.2, 0.6), r.uniform(0.05, 0.15), 0.0]
    xs = [round(sum(a * math.sin(2 * math.pi * f * i / fs + 0.4) for a, f in zip(amps, freqs)) + r.gauss(0, 0.01), 4) for i in range(n)]
    pw = [_py_goertzel(xs, 2 * math.cos(2 * math.pi * f / fs)) for f in freqs]
    if rng.random() < 0.5:
        efn = rng.choice(["tone_amplitude", "goertzel_amplitude", "amplitude_at"])
        sig = f"{T} {efn}(const {T} *x, size_t n, {T} fs, {T} freq)"
        code = sub('''
        #include <math.h>
        #include <stddef.h>

        /* $e: amplitude of the sinusoid at freq Hz: 2 * sqrt(power) / n (0 for n == 0). */
        $sig
        {
            if (n == 0) {
                return 0;
            }
            return ($T)(2.0 * sqrt((double)$f2(x, n, $f1(freq, fs))) / (double)n);
        }
        ''', e=efn, sig=sig, f1=f1, f2=f2, **ft)
        check = f"static const {T} x[] = {_farr(xs, ft)};\n" + "\n".join(_near(f"{efn}(x, {n}, {float(fs)!r}, {f!r})", 2 * math.sqrt(max(p, 0)) / n, 2e-3) for f, p in zip(freqs, pw)) \
            + f"\nCHECK({efn}(x, 0, {float(fs)!r}, {freqs[0]!r}) == 0);"
        beh = f"coeff = {f1}(freq, fs); power = {f2}(x, n, coeff); amplitude = 2 * sqrt(power) / n; 0 for n == 0."
        ret = "returns the amplitude of the component at freq Hz estimated with the Goertzel algorithm as 2 * sqrt(power) / n (0 for n == 0)"
    else:
        efn = rng.choice(["strongest_tone", "dominant_candidate", "loudest_frequency"])
        sig = f"int {efn}(const {T} *x, size_t n, {T} fs, const {T} *freqs, size_t m)"
        code = sub('''
        #include <stddef.h>

        /* $e: index of the candidate frequency with the largest Goertzel power (the first one on
           ties), -1 if m == 0. */
        $sig
        {
            int best = -1;
            $T best_p = 0;
            for (size_t k = 0; k < m; k++) {
                $T p = $f2(x, n, $f1(freqs[k], fs));
                if (best < 0 || p > best_p) {
                    best = (int)k;
                    best_p = p;
                }
            }
            return best;
        }
        ''', e=efn, sig=sig, f1=f1, f2=f2, **ft)
        order = r.sample(range(4), 4)
        rest = [i for i in order if i != 0]
        check = (f"static const {T} x[] = {_farr(xs, ft)};\nconst {T} f[] = {_farr([freqs[i] for i in order], ft)};\n"
                 f"const {T} g[] = {_farr([freqs[i] for i in rest], ft)};\nCHECK({efn}(x, {n}, {float(fs)!r}, f, 4) == {order.index(0)});\n"
                 f"CHECK({efn}(x, {n}, {float(fs)!r}, g, 3) == {rest.index(1)});\nCHECK({efn}(x, {n}, {float(fs)!r}, f, 0) == -1);")
        beh = f"For each candidate k: {f2}(x, n, {f1}(freqs[k], fs)); keep the first maximum; -1 for m == 0."
        ret = "returns the index of the candidate frequency (freqs, m entries) with the largest Goertzel power, the first one on ties, or -1 if m is 0"
    ins = "x: samples; n; fs: Hz; " + ("freqs: candidate frequencies in Hz; m: their count" if "freqs" in sig else "freq: target frequency in Hz")
    outs = "int index of the strongest candidate or -1" if "freqs" in sig else f"{T} amplitude"
    entry = ctask(efn, "Entry: Goertzel tone analysis", ins, outs, sig, beh,
                  "no malloc; no FFT", code, check, "math.h, stddef.h")
    ctx = f"x holds n {T} {mw['noun']} samples from {_a(mw['where'])} sensor sampled at fs Hz (e.g. {fs}); only a few frequencies matter, so no FFT"
    return cproblem(rng, "power" if mod in ("current", "voltage") else "features", mod, ctx, sig, ret, _res(rng, True), [t1, t2], entry, ["math.h", "stddef.h"])


def gen_fir_q15(rng: random.Random):
    mod = rng.choice(["ecg", "accelerometer", "microphone", "vibration", "emg"])
    taps = rng.choice([3, 4, 5, 7, 8])
    kind = rng.choice(["boxcar", "lowpass", "boost"])
    if kind == "boxcar":
        h = [32767 // taps] * taps
    else:
        w = [math.sin(math.pi * (k + 1) / (taps + 1)) for k in range(taps)]
        g = 1.0 if kind == "lowpass" else rng.choice([1.5, 2.0, grid(rng, 1.1, 2.5, 0.1)])
        h = [min(32767, int(round(v / sum(w) * g * 32767))) for v in w]
    f1 = rng.choice(["q15_round_sat", "sat_q15", "acc_to_q15"])
    c1 = sub('''
    #include <stdint.h>

    /* $fn: round a Q30 accumulator to Q15, (acc + 2^14) >> 15, and saturate to int16_t. */
    int16_t $fn(int64_t acc)
    {
        int64_t v = (acc + (1 << 14)) >> 15;
        if (v > 32767) {
            return 32767;
        }
        if (v < -32768) {
            return -32768;
        }
        return (int16_t)v;
    }
    ''', fn=f1)
    k1 = (f"CHECK({f1}(0) == 0 && {f1}(16384) == 1 && {f1}(16383) == 0 && {f1}(-16385) == -1);\n"
          f"CHECK({f1}((int64_t)1 << 40) == 32767 && {f1}(-((int64_t)1 << 40)) == -32768 && {f1}(32767LL * 32768) == 32767);")
    t1 = ctask(f1, "Round and saturate a Q30 accumulator to Q15", "acc: sum of Q15 x Q15 products", "int16_t Q15 value", f"int16_t {f1}(int64_t acc)",
               "Add 2^14, arithmetic shift right by 15, clamp to [-32768, 32767].", "integer only", c1, k1, "stdint.h")
    f2 = rng.choice(["fir_dot", "fir_accumulate", "fir_mac"])
    c2 = sub('''
    #include <stddef.h>
    #include <stdint.h>

    /* $fn: FIR accumulator at sample i: sum of h[k] * x[i - k] for k < taps; samples before
       x[0] count as zero. */
    int64_t $fn(const int16_t *x, size_t i, const int16_t *h, size_t taps)
    {
        int64_t acc = 0;
        for (size_t k = 0; k < taps && k <= i; k++) {
            acc += (int32_t)h[k] * x[i - k];
        }
        return acc;
    }
    ''', fn=f2)
    k2 = f"const int16_t x[] = {{100, 200, 300}}, h[] = {{16384, 8192}};\nCHECK({f2}(x, 0, h, 2) == 1638400 && {f2}(x, 2, h, 2) == 6553600 && {f2}(x, 2, h, 0) == 0);"
    t2 = ctask(f2, "Compute one FIR multiply-accumulate sum", "x: Q15 input; i: output index; h: Q15 taps; taps: count", "int64_t Q30 sum",
               f"int64_t {f2}(const int16_t *x, size_t i, const int16_t *h, size_t taps)", "Sum h[k] * x[i-k] for k <= i, k < taps, in 64 bits.", "integer only",
               c2, k2, "stddef.h, stdint.h")
    fixed = rng.random() < 0.5
    efn = rng.choice(["fir_q15", "fir_filter_q15", f"{mod}_fir"])
    sig = f"void {efn}(const int16_t *x, int16_t *y, size_t n" + (")" if fixed else ", const int16_t *h, size_t taps)")
    code = sub('''
    #include <stddef.h>
    #include <stdint.h>
    $defs
    /* $e: Q15 FIR filter with zero initial state: y[i] = $f1($f2(x, i, $H, $N)). */
    $sig
    {
        for (size_t i = 0; i < n; i++) {
            y[i] = $f1($f2(x, i, $H, $N));
        }
    }
    ''', defs=f"\nstatic const int16_t FIR_H[{taps}] = {carr(h)};\n" if fixed else "", e=efn, sig=sig, f1=f1, f2=f2, H="FIR_H" if fixed else "h", N=taps if fixed else "taps")
    r = _data(rng)
    n = r.randrange(12, 30)
    xs = [max(-32768, min(32767, int(r.gauss(0, 12000)))) for _ in range(n)]
    xs[r.randrange(n)] = 32767
    want = []
    for i in range(n):
        acc = sum(h[k] * xs[i - k] for k in range(min(taps, i + 1)))
        want.append(max(-32768, min(32767, (acc + (1 << 14)) >> 15)))
    call = f"{efn}(x, y, {n}" + (")" if fixed else f", h, {taps})")
    check = (("" if fixed else f"const int16_t h[] = {carr(h)};\n") + f"const int16_t x[] = {carr(xs)};\nconst int16_t want[] = {carr(want)};\nint16_t y[{n}];\n"
             f"{call};\nfor (int i = 0; i < {n}; i++) {{\n    CHECK(y[i] == want[i]);\n}}")
    beh = (f"For every i: {f2} over the taps (zero history before x[0]), then {f1} (add 2^14, >> 15, saturate)"
           + (f"; coefficients FIR_H = {carr(h)}." if fixed else "."))
    entry = ctask(efn, "Entry: Q15 FIR filter over a buffer", "x: Q15 samples; y: n outputs; n" + ("" if fixed else "; h: Q15 taps; taps"), "void (fills y)", sig, beh,
                  "integer only; no malloc", code, check, "stddef.h, stdint.h")
    mw = modality_words(rng, mod)
    desc = {"boxcar": f"{taps} equal taps of {h[0]} (a moving average)", "lowpass": f"{taps} low-pass taps {carr(h)} (unity gain)",
            "boost": f"{taps} taps {carr(h)} (gain above 1, so outputs must saturate)"}[kind]
    ctx = f"x holds n {mw['noun']} samples in Q15 (int16_t) on an MCU without an FPU"
    ret = ((f"filters them with the fixed Q15 FIR of {desc} into y" if fixed else f"filters them into y with the Q15 coefficients h (taps entries; e.g. {desc})")
           + ", treating samples before x[0] as zero, rounding the 64-bit accumulator with +2^14 >> 15 and saturating to int16_t")
    return cproblem(rng, "fixed_point", mod, ctx, sig, ret, _res(rng, False), [t1, t2], entry, ["stdint.h", "stddef.h"])


def gen_ntc(rng: random.Random):
    ft = _ft(rng)
    T = ft["T"]
    bits = rng.choice([10, 12])
    full = (1 << bits) - 1
    r0 = rng.choice([10000, 47000, 100000, 4700, 22000, 33000])
    beta = rng.choice([3380, 3435, 3950, 4250, grid(rng, 3000, 4500, 10)])
    high = rng.random() < 0.5
    err = rng.choice([-999.0, -273.15])
    f1 = rng.choice(["ntc_resistance", "adc_to_ohms", "divider_resistance"])
    expr = f"{_lit(r0, ft)} * ({full} - raw) / ($T)raw" if high else f"{_lit(r0, ft)} * raw / ($T)({full} - raw)"
    topo = f"NTC from Vref to the ADC pin, {r0} ohm resistor to GND: R = {r0} * ({full} - raw) / raw" if high else \
        f"{r0} ohm resistor from Vref to the ADC pin, NTC to GND: R = {r0} * raw / ({full} - raw)"
    c1 = sub('''
    #include <stdint.h>

    /* $fn: NTC resistance in ohms from a $bits-bit ADC count;
       $topo.
       Returns -1 for raw 0 or raw >= $full (shorted or open sensor). */
    $T $fn(uint16_t raw)
    {
        if (raw == 0 || raw >= $full) {
            return -1;
        }
        return $expr;
    }
    ''', fn=f1, bits=bits, topo=topo, full=full, expr=sub(expr, **ft), **ft)

    def ohms(raw):
        return -1.0 if raw == 0 or raw >= full else (r0 * (full - raw) / raw if high else r0 * raw / (full - raw))
    mid = full // 2
    k1 = f"{_near(f'{f1}({mid})', ohms(mid), 1e-5)}\n{_near(f'{f1}(100)', ohms(100), 1e-5)}\nCHECK({f1}(0) == -1 && {f1}({full}) == -1);"
    t1 = ctask(f1, "Convert the ADC count to NTC resistance", f"raw: {bits}-bit ADC count", f"{T} ohms or -1", f"{T} {f1}(uint16_t raw)",
               f"Voltage divider ({topo}); -1 for raw 0 or >= {full}.", "none", c1, k1, "stdint.h")
    f2 = rng.choice(["beta_to_celsius", "ntc_celsius", "thermistor_temp_c"])
    c2 = sub('''
    #include <math.h>

    /* $fn: temperature in degC from NTC resistance with the Beta equation
       1/T = 1/T0 + ln(R / R0) / B, T0 = 298.15 K, R0 = $r0 ohm, B = $beta K. */
    $T $fn($T r_ohm)
    {
        return ($T)(1.0 / (1.0 / 298.15 + log((double)r_ohm / $r0.0) / $beta.0) - 273.15);
    }
    ''', fn=f2, r0=r0, beta=beta, **ft)

    def temp(rr):
        return 1 / (1 / 298.15 + math.log(rr / r0) / beta) - 273.15
    k2 = f"{_near(f'{f2}({r0})', 25.0, 1e-5)}\n{_near(f'{f2}({r0 * 3})', temp(r0 * 3), 1e-5)}\n{_near(f'{f2}({r0 // 4})', temp(r0 // 4), 1e-5)}"
    t2 = ctask(f2, "Convert NTC resistance to degC (Beta equation)", "r_ohm: thermistor resistance", f"{T} degC", f"{T} {f2}({T} r_ohm)",
               f"T = 1 / (1/298.15 + ln(R/{r0}) / {beta}) - 273.15, computed in double.", "none", c2, k2, "math.h")
    efn = rng.choice(["ntc_temperature", "read_thermistor_c", "average_ntc_temp"])
    sig = f"{T} {efn}(const uint16_t *raw, size_t n)"
    code = sub('''
    #include <stddef.h>
    #include <stdint.h>

    #define NTC_ERROR $err

    /* $e: average n raw readings (32-bit sum, truncating division), convert the average to
       resistance and then to degC; NTC_ERROR for n == 0 or a shorted / open sensor. */
    $sig
    {
        if (n == 0) {
            return NTC_ERROR;
        }
        uint32_t sum = 0;
        for (size_t i = 0; i < n; i++) {
            sum += raw[i];
        }
        $T r = $f1((uint16_t)(sum / n));
        return r < 0 ? NTC_ERROR : $f2(r);
    }
    ''', err=_lit(err, ft), e=efn, sig=sig, f1=f1, f2=f2, **ft)
    rg = _data(rng)
    lines = []
    for c in range(2):
        tc = rg.uniform(-10, 70)
        rr = r0 * math.exp(beta * (1 / (tc + 273.15) - 1 / 298.15))
        raw0 = round(full * r0 / (rr + r0)) if high else round(full * rr / (rr + r0))
        raws = [max(1, min(full - 1, raw0 + rg.randrange(-4, 5))) for _ in range(rg.randrange(4, 10))]
        avg = sum(raws) // len(raws)
        lines.append(f"const uint16_t r{c}[] = {carr(raws)};\n{_near(f'{efn}(r{c}, {len(raws)})', temp(ohms(avg)), 1e-4)}")
    lines.append(f"const uint16_t bad[] = {{0, 0, 0}};\nCHECK({efn}(bad, 3) == NTC_ERROR && {efn}(r0, 0) == NTC_ERROR);")
    beh = f"avg = sum / n (uint32_t, truncating); R = {f1}(avg); NTC_ERROR ({err}) for n == 0 or R < 0, else {f2}(R)."
    entry = ctask(efn, "Entry: averaged NTC temperature", "raw: ADC readings; n: count", f"{T} degC or NTC_ERROR", sig, beh, "no malloc", code, "\n".join(lines), "stddef.h, stdint.h")
    where = rng.choice(["greenhouse", "battery-pack", "fridge", "boiler", "incubator"])
    ctx = (f"{_a(where)} NTC thermistor (R0 = {r0} ohm at 25 degC, Beta = {beta} K) is read by a {bits}-bit ADC; "
           f"{'the NTC is the upper leg of the divider with a ' + str(r0) + ' ohm resistor to GND' if high else 'a ' + str(r0) + ' ohm resistor to Vref and the NTC to GND form the divider'}; raw holds n readings")
    ret = (f"averages the readings (truncating integer division), converts the average to resistance and to degC with the Beta equation, "
           f"and returns {err} for n == 0 or a shorted / open sensor (raw 0 or {full})")
    return cproblem(rng, "environmental", "temperature", ctx, sig, ret, _res(rng, True), [t1, t2], entry, ["math.h", "stdint.h"])


GENERATORS = [("c_dsp_moving_average", gen_moving_average, 45), ("c_dsp_median", gen_median, 35), ("c_dsp_iir", gen_iir, 45),
              ("c_dsp_rate", gen_rate, 40), ("c_dsp_heart", gen_heart, 45), ("c_dsp_frame_features", gen_frame_features, 35),
              ("c_dsp_zscore", gen_zscore, 35), ("c_dsp_sensor_health", gen_sensor_health, 40), ("c_dsp_tilt", gen_tilt, 35),
              ("c_dsp_fusion", gen_fusion, 45), ("c_dsp_fall", gen_fall, 35), ("c_dsp_steps", gen_steps, 40),
              ("c_dsp_activity", gen_activity, 30), ("c_dsp_goertzel", gen_goertzel, 35), ("c_dsp_fir_q15", gen_fir_q15, 35),
              ("c_dsp_ntc", gen_ntc, 35)]
