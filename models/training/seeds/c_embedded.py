"""C microcontroller problems: ring-buffer filters, Q15 fixed point, debouncing, PID,
integer statistics, bit packing and state machines. Golden values come from Python
references with the same integer semantics."""
from __future__ import annotations

import random

from .c_common import carr, cproblem, ctask, resource
from .common import grid, modality_words, sub


def _q15_mul(a, b):
    p = (a * b + (1 << 14)) >> 15
    return max(-32768, min(32767, p))


def gen_ring_average(rng: random.Random):
    n = rng.choice([3, 4, 5, 6, 8, 10, 12, 16, 20, 32])
    mod = rng.choice(["temperature", "accelerometer", "current", "pressure", "light"])
    mw = modality_words(rng, mod)
    f1 = rng.choice(["ring_push", "rb_put", "buffer_push"])
    c1 = sub('''
    #include <stdint.h>
    #include <stddef.h>

    /* $fn: store v at *head in a ring buffer of cap samples, advance head, grow *count up to cap.
       Returns the sample that was overwritten (0 while the buffer is filling). */
    int16_t $fn(int16_t *buf, size_t cap, size_t *head, size_t *count, int16_t v)
    {
        int16_t old = (*count == cap) ? buf[*head] : 0;
        buf[*head] = v;
        *head = (*head + 1) % cap;
        if (*count < cap) {
            (*count)++;
        }
        return old;
    }
    ''', fn=f1)
    k1 = f'''
    int16_t b[3]; size_t h = 0, c = 0;
    CHECK({f1}(b, 3, &h, &c, 5) == 0 && c == 1);
    {f1}(b, 3, &h, &c, 6); {f1}(b, 3, &h, &c, 7);
    CHECK(c == 3 && h == 0);
    CHECK({f1}(b, 3, &h, &c, 8) == 5 && b[0] == 8 && h == 1);
    '''
    t1 = ctask(f1, "Push a sample into a fixed-size ring buffer", "buf, cap: storage; head, count: state; v: sample", "int16_t overwritten sample",
               f"int16_t {f1}(int16_t *buf, size_t cap, size_t *head, size_t *count, int16_t v)", "Write v at head, head = (head + 1) % cap, count grows up to cap; return the overwritten sample once count == cap, else 0.",
               "no malloc", c1, k1, "stdint.h, stddef.h")
    f2 = rng.choice(["div_round", "rounded_div", "idiv_nearest"])
    c2 = sub('''
    #include <stdint.h>

    /* $fn: integer division num / den rounded to nearest, halves away from zero (den > 0). */
    int32_t $fn(int32_t num, int32_t den)
    {
        return (num >= 0) ? (num + den / 2) / den : -((-num + den / 2) / den);
    }
    ''', fn=f2)
    k2 = f"CHECK({f2}(7, 2) == 4 && {f2}(-7, 2) == -4 && {f2}(6, 4) == 2 && {f2}(5, 4) == 1 && {f2}(0, 3) == 0);"
    t2 = ctask(f2, "Divide with rounding to nearest", "num: int32; den: int32 > 0", "int32_t quotient", f"int32_t {f2}(int32_t num, int32_t den)",
               "Add half the divisor before dividing, symmetric for negatives.", "integer only", c2, k2, "stdint.h")
    efn = rng.choice([f"filter_{mod}", "moving_average_step", "smooth_sample", "ma_filter"])
    code = sub('''
    #include <stdint.h>
    #include <stddef.h>

    #define MA_LEN $n

    /* $e: moving average over the last MA_LEN samples (fewer while filling), rounded;
       state lives in static storage, O(1) per call. */
    int16_t $e(int16_t sample)
    {
        static int16_t buf[MA_LEN];
        static size_t head = 0;
        static size_t count = 0;
        static int32_t sum = 0;
        sum -= $f1(buf, MA_LEN, &head, &count, sample);
        sum += sample;
        return (int16_t)$f2(sum, (int32_t)count);
    }
    ''', e=efn, n=n, f1=f1, f2=f2)
    r = random.Random(rng.random())
    xs = [r.randrange(-3000, 3000) for _ in range(3 * n)]
    exp = []
    for i in range(len(xs)):
        win = xs[max(0, i - n + 1):i + 1]
        s, c = sum(win), len(win)
        exp.append((s + c // 2) // c if s >= 0 else -((-s + c // 2) // c))
    check = f'''
    const int16_t in[] = {carr(xs)};
    const int16_t exp[] = {carr(exp)};
    for (size_t i = 0; i < sizeof in / sizeof in[0]; i++) {{
        CHECK({efn}(in[i]) == exp[i]);
    }}
    '''
    entry = ctask(efn, "Entry: streaming moving average", "sample: new reading", "int16_t average", f"int16_t {efn}(int16_t sample)",
                  f"MA_LEN = {n}: static ring buffer, head and int32 running sum; sum -= {f1}(buf, {n}, ...) return value, sum += sample; return {f2}(sum, count).", "no malloc; O(1) per sample",
                  code, check, "stdint.h, stddef.h")
    ctx = f"{mw['noun']} samples arrive one at a time as int16_t raw values from an ADC interrupt at {mw['fs']} Hz"
    ret = f"returns the rounded average of the last {n} samples (of all samples so far while fewer than {n} arrived)"
    return cproblem(rng, "filtering", mod, ctx, f"int16_t {efn}(int16_t sample)", ret, resource(rng, False), [t1, t2], entry, ["stdint.h", "stddef.h"])


def gen_q15_ema(rng: random.Random):
    f1 = rng.choice(["q15_mul", "mul_q15", "q15_multiply"])
    c1 = sub('''
    #include <stdint.h>

    /* $fn: Q15 multiply with rounding and saturation to [-32768, 32767]. */
    int16_t $fn(int16_t a, int16_t b)
    {
        int32_t p = ((int32_t)a * b + (1 << 14)) >> 15;
        if (p > 32767) {
            p = 32767;
        } else if (p < -32768) {
            p = -32768;
        }
        return (int16_t)p;
    }
    ''', fn=f1)
    k1 = f"CHECK({f1}(16384, 16384) == 8192);\nCHECK({f1}(-32768, -32768) == 32767);\nCHECK({f1}(32767, -32768) == -32767);\nCHECK({f1}(0, 1234) == 0);"
    t1 = ctask(f1, "Multiply two Q15 numbers", "a, b: Q15 values", "int16_t Q15 product", f"int16_t {f1}(int16_t a, int16_t b)",
               "p = ((int32_t)a * b + 16384) >> 15 (2^14 rounds half up), then saturate to [-32768, 32767].", "integer only", c1, k1, "stdint.h")
    f2 = rng.choice(["q15_add_sat", "sat_add_q15", "q15_add"])
    c2 = sub('''
    #include <stdint.h>

    /* $fn: saturating Q15 addition. */
    int16_t $fn(int16_t a, int16_t b)
    {
        int32_t s = (int32_t)a + b;
        if (s > 32767) {
            return 32767;
        }
        if (s < -32768) {
            return -32768;
        }
        return (int16_t)s;
    }
    ''', fn=f2)
    k2 = f"CHECK({f2}(30000, 10000) == 32767);\nCHECK({f2}(-30000, -10000) == -32768);\nCHECK({f2}(5, -7) == -2);"
    t2 = ctask(f2, "Add two Q15 numbers with saturation", "a, b: Q15", "int16_t Q15 sum", f"int16_t {f2}(int16_t a, int16_t b)",
               "Add in int32_t and clamp to the Q15 range [-32768, 32767].", "integer only", c2, k2, "stdint.h")
    alpha = rng.choice([3277, 6554, 8192, 16384, round(grid(rng, 0.02, 0.9, 0.01) * 32768)])
    efn = rng.choice(["q15_ema", "ema_q15_filter", "fixed_point_ema", "smooth_q15"])
    code = sub('''
    #include <stdint.h>
    #include <stddef.h>

    /* $e: fixed-point EMA: y = y + alpha * (x - y) in Q15, y starts at in[0].
       The difference is halved before the multiply and doubled after so it cannot overflow. */
    void $e(const int16_t *in, int16_t *out, size_t n, int16_t alpha)
    {
        if (n == 0) {
            return;
        }
        int16_t y = in[0];
        for (size_t i = 0; i < n; i++) {
            int16_t half = (int16_t)(((int32_t)in[i] - y) / 2);
            int16_t step = $f1(alpha, half);
            y = $f2(y, $f2(step, step));
            out[i] = y;
        }
    }
    ''', e=efn, f1=f1, f2=f2)
    r = random.Random(rng.random())
    xs = [r.randrange(-32768, 32768) if r.random() < 0.3 else r.randrange(-2000, 2000) for _ in range(24)]
    y, exp = xs[0], []

    def sat(v):
        return max(-32768, min(32767, v))
    for x in xs:
        d = x - y
        half = int(d / 2)  # C truncates toward zero
        st = _q15_mul(alpha, half)
        y = sat(y + sat(st + st))
        exp.append(y)
    check = f'''
    const int16_t in[] = {carr(xs)};
    const int16_t exp[] = {carr(exp)};
    int16_t out[24];
    {efn}(in, out, 24, {alpha});
    for (int i = 0; i < 24; i++) {{
        CHECK(out[i] == exp[i]);
    }}
    '''
    entry = ctask(efn, "Entry: Q15 exponential moving average over a buffer", "in: Q15 samples; out: results; n: count; alpha: Q15 weight", "void (fills out)",
                  f"void {efn}(const int16_t *in, int16_t *out, size_t n, int16_t alpha)", f"y = in[0]; per sample: half = (x - y) / 2 (int32, truncating), step = {f1}(alpha, half), y = {f2}(y, {f2}(step, step)); out[i] = y.",
                  "integer only, no malloc", code, check, "stdint.h, stddef.h")
    mod = rng.choice(["accelerometer", "microphone", "vibration", "ecg"])
    ctx = f"in holds n {mod} samples in Q15 fixed point on an MCU without an FPU; alpha is the smoothing factor in Q15 (e.g. {alpha} = {alpha / 32768:.2f})"
    ret = "writes the exponentially smoothed signal to out using saturating Q15 arithmetic"
    return cproblem(rng, "fixed_point", mod, ctx, f"void {efn}(const int16_t *in, int16_t *out, size_t n, int16_t alpha)", ret, resource(rng, False), [t1, t2], entry, ["stdint.h"])


def gen_debounce(rng: random.Random):
    mx = rng.randint(2, 10)
    period = rng.choice([1, 2, 5, 10])
    f1 = rng.choice(["debounce_update", "integrate_button", "debounce_step"])
    c1 = sub('''
    #include <stdint.h>

    /* $fn: integrator debouncer. Count up (to max) while raw is 1, down (to 0) while 0.
       The stable state becomes 1 at max and 0 at 0; otherwise it is kept. Returns the stable state. */
    int $fn(uint8_t *counter, int *stable, int raw, uint8_t max)
    {
        if (raw && *counter < max) {
            (*counter)++;
        } else if (!raw && *counter > 0) {
            (*counter)--;
        }
        if (*counter == max) {
            *stable = 1;
        } else if (*counter == 0) {
            *stable = 0;
        }
        return *stable;
    }
    ''', fn=f1)
    k1 = f'''
    uint8_t c = 0; int s = 0;
    CHECK({f1}(&c, &s, 1, 3) == 0 && {f1}(&c, &s, 1, 3) == 0 && {f1}(&c, &s, 1, 3) == 1);
    CHECK({f1}(&c, &s, 0, 3) == 1 && {f1}(&c, &s, 1, 3) == 1);
    CHECK({f1}(&c, &s, 0, 3) == 1 && {f1}(&c, &s, 0, 3) == 1 && {f1}(&c, &s, 0, 3) == 0);
    '''
    t1 = ctask(f1, f"Debounce one raw sample with an integrator", "counter, stable: state; raw: 0/1 input; max: threshold", "int stable state",
               f"int {f1}(uint8_t *counter, int *stable, int raw, uint8_t max)", "Counter +1 while raw (up to max), -1 while not raw (down to 0); stable = 1 at max, 0 at 0, else unchanged; return stable.",
               "no malloc", c1, k1, "stdint.h")
    f2 = rng.choice(["rising_edge", "is_press", "edge_detect"])
    c2 = f"/* {f2}: 1 when the state goes from 0 to 1, else 0. */\nint {f2}(int prev, int cur)\n{{\n    return !prev && cur;\n}}"
    t2 = ctask(f2, "Detect a rising edge", "prev, cur: states", "int 1 on a 0->1 edge", f"int {f2}(int prev, int cur)", "!prev && cur.", "none", c2,
               f"CHECK({f2}(0, 1) == 1 && {f2}(1, 1) == 0 && {f2}(1, 0) == 0 && {f2}(0, 0) == 0);", "none")
    efn = rng.choice(["count_presses", "button_presses", "count_debounced_presses"])
    code = sub('''
    #include <stdint.h>
    #include <stddef.h>

    /* $e: number of debounced button presses in n raw samples (threshold $mx). */
    int $e(const uint8_t *raw, size_t n)
    {
        uint8_t counter = 0;
        int stable = 0;
        int presses = 0;
        for (size_t i = 0; i < n; i++) {
            int prev = stable;
            $f1(&counter, &stable, raw[i] != 0, $mx);
            presses += $f2(prev, stable);
        }
        return presses;
    }
    ''', e=efn, f1=f1, f2=f2, mx=mx)
    r = random.Random(rng.random())
    raw = []
    for _ in range(5):
        raw += [0] * r.randrange(mx, mx + 6)
        raw += [1, 0] * r.randrange(0, 2)
        raw += [1] * r.randrange(mx, mx + 6)
        raw += [0, 1] * r.randrange(0, 2)
    cnt, st, pr = 0, 0, 0
    for v in raw:
        p = st
        if v and cnt < mx:
            cnt += 1
        elif not v and cnt > 0:
            cnt -= 1
        st = 1 if cnt == mx else (0 if cnt == 0 else st)
        pr += int(not p and st)
    check = f'''
    const uint8_t raw[] = {carr(raw)};
    CHECK({efn}(raw, sizeof raw) == {pr});
    const uint8_t glitch[] = {{0, 1, 0, 1, 0, 1, 0, 0}};
    CHECK({efn}(glitch, sizeof glitch) == 0);
    '''
    entry = ctask(efn, "Entry: count debounced presses", "raw: sampled pin levels; n: count", "int presses", f"int {efn}(const uint8_t *raw, size_t n)",
                  f"counter = 0, stable = 0; for each sample {f1}(&counter, &stable, raw[i] != 0, {mx}) (max = {mx}) and count {f2}(prev, stable).", "no malloc", code, check, "stdint.h, stddef.h")
    ctx = rng.choice([f"raw holds n samples of a bouncing push-button pin read every {period} ms (1 = pressed)",
                      f"a mechanical switch is polled every {period} ms and raw stores n levels (0/1)"])
    ret = (f"returns the number of presses after integrator debouncing (the counter saturates at {mx}, so the state changes only after "
           f"{mx} consistent samples = {mx * period} ms)")
    return cproblem(rng, "debounce", "button", ctx, f"int {efn}(const uint8_t *raw, size_t n)", ret, resource(rng, False), [t1, t2], entry, ["stdint.h"])


def gen_int_stats(rng: random.Random):
    mod = rng.choice(["temperature", "accelerometer", "current", "pressure", "light", "humidity"])
    f1 = rng.choice(["min_max_i16", "find_min_max", "range_i16"])
    c1 = sub('''
    #include <stdint.h>
    #include <stddef.h>

    /* $fn: minimum and maximum of n >= 1 int16_t samples. */
    void $fn(const int16_t *x, size_t n, int16_t *mn, int16_t *mx)
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
    ''', fn=f1)
    k1 = f"const int16_t x[] = {{3, -7, 12, 0}}; int16_t a, b;\n{f1}(x, 4, &a, &b);\nCHECK(a == -7 && b == 12);\n{f1}(x, 1, &a, &b);\nCHECK(a == 3 && b == 3);"
    t1 = ctask(f1, "Find the minimum and maximum", "x: samples; n >= 1", "mn, mx via pointers", f"void {f1}(const int16_t *x, size_t n, int16_t *mn, int16_t *mx)",
               "Single pass.", "n >= 1", c1, k1, "stdint.h, stddef.h")
    f2 = rng.choice(["mean_i16", "average_i16", "int_mean"])
    c2 = sub('''
    #include <stdint.h>
    #include <stddef.h>

    /* $fn: mean of n >= 1 samples, 32-bit accumulator, truncated toward zero. */
    int16_t $fn(const int16_t *x, size_t n)
    {
        int32_t sum = 0;
        for (size_t i = 0; i < n; i++) {
            sum += x[i];
        }
        return (int16_t)(sum / (int32_t)n);
    }
    ''', fn=f2)
    k2 = f"const int16_t x[] = {{32767, 32767, 32765}};\nCHECK({f2}(x, 3) == 32766);\nconst int16_t y[] = {{-3, -4}};\nCHECK({f2}(y, 2) == -3);"
    t2 = ctask(f2, "Compute the integer mean without overflow", "x: samples; n >= 1", "int16_t mean", f"int16_t {f2}(const int16_t *x, size_t n)",
               "Accumulate in int32, divide (C truncation).", "no floating point", c2, k2, "stdint.h, stddef.h")
    f3 = rng.choice(["variance_i16", "int_variance", "var_i32"])
    c3 = sub('''
    #include <stdint.h>
    #include <stddef.h>

    /* $fn: population variance of n >= 1 samples around the given mean, in 64-bit integers, truncated. */
    int64_t $fn(const int16_t *x, size_t n, int16_t mean)
    {
        int64_t acc = 0;
        for (size_t i = 0; i < n; i++) {
            int32_t d = (int32_t)x[i] - mean;
            acc += (int64_t)d * d;
        }
        return acc / (int64_t)n;
    }
    ''', fn=f3)
    k3 = f"const int16_t x[] = {{2, 4, 4, 4, 5, 5, 7, 9}};\nCHECK({f3}(x, 8, 5) == 4);\nconst int16_t y[] = {{-32768, 32767}};\nCHECK({f3}(y, 2, 0) == 1073709056LL);"
    t3 = ctask(f3, "Compute the integer variance", "x: samples; n; mean: from the mean task", "int64_t variance", f"int64_t {f3}(const int16_t *x, size_t n, int16_t mean)",
               "Sum squared deviations in int64 and divide by n.", "no floating point", c3, k3, "stdint.h, stddef.h")
    efn = rng.choice([f"{mod}_stats", "window_stats", "compute_stats", "summarize_window"])
    code = sub('''
    #include <stdint.h>
    #include <stddef.h>

    /* $e: min, max, mean and variance of a window; returns -1 for an empty window, else 0. */
    int $e(const int16_t *x, size_t n, int16_t *mn, int16_t *mx, int16_t *mean, int64_t *var)
    {
        if (n == 0) {
            return -1;
        }
        $f1(x, n, mn, mx);
        *mean = $f2(x, n);
        *var = $f3(x, n, *mean);
        return 0;
    }
    ''', e=efn, f1=f1, f2=f2, f3=f3)
    r = random.Random(rng.random())
    xs = [r.randrange(-5000, 5000) for _ in range(r.randrange(5, 30))]
    s = sum(xs)
    mean = int(s / len(xs))
    var = sum((v - mean) ** 2 for v in xs) // len(xs)
    check = f'''
    const int16_t x[] = {carr(xs)};
    int16_t a, b, m; int64_t v;
    CHECK({efn}(x, sizeof x / sizeof x[0], &a, &b, &m, &v) == 0);
    CHECK(a == {min(xs)} && b == {max(xs)} && m == {mean} && v == {var}LL);
    CHECK({efn}(x, 0, &a, &b, &m, &v) == -1);
    '''
    sig = f"int {efn}(const int16_t *x, size_t n, int16_t *mn, int16_t *mx, int16_t *mean, int64_t *var)"
    entry = ctask(efn, "Entry: window statistics", "x: samples; n; output pointers", "int status; outputs via pointers", sig,
                  f"{f1}, {f2}, then {f3} with that mean.", "integer only, no malloc", code, check, "stdint.h, stddef.h")
    ctx = f"x holds n raw int16_t {mod} readings collected in one reporting window on a microcontroller"
    ret = "computes minimum, maximum, integer mean and population variance, returning 0, or -1 for an empty window"
    return cproblem(rng, "statistics", mod, ctx, sig, ret, resource(rng, False), [t1, t2, t3], entry, ["stdint.h", "stddef.h"])


def gen_bitpack(rng: random.Random):
    f1 = rng.choice(["pack12_pair", "pack_two_12bit", "pack_pair"])
    c1 = sub('''
    #include <stdint.h>

    /* $fn: pack two 12-bit values into 3 bytes: a[11:4], a[3:0]b[11:8], b[7:0]. */
    void $fn(uint16_t a, uint16_t b, uint8_t *out)
    {
        out[0] = (uint8_t)(a >> 4);
        out[1] = (uint8_t)(((a & 0x0F) << 4) | ((b >> 8) & 0x0F));
        out[2] = (uint8_t)(b & 0xFF);
    }
    ''', fn=f1)
    k1 = f"uint8_t o[3];\n{f1}(0xABC, 0x123, o);\nCHECK(o[0] == 0xAB && o[1] == 0xC1 && o[2] == 0x23);"
    t1 = ctask(f1, "Pack two 12-bit samples into three bytes", "a, b: 12-bit values; out: 3 bytes", "void", f"void {f1}(uint16_t a, uint16_t b, uint8_t *out)",
               "out[0] = a >> 4; out[1] = (a & 0x0F) << 4 | (b >> 8) & 0x0F; out[2] = b & 0xFF.", "values masked to 12 bits", c1, k1, "stdint.h")
    f2 = rng.choice(["unpack12_pair", "unpack_two_12bit", "unpack_pair"])
    c2 = sub('''
    #include <stdint.h>

    /* $fn: inverse of the 12-bit pair packing. */
    void $fn(const uint8_t *in, uint16_t *a, uint16_t *b)
    {
        *a = (uint16_t)((in[0] << 4) | (in[1] >> 4));
        *b = (uint16_t)(((in[1] & 0x0F) << 8) | in[2]);
    }
    ''', fn=f2)
    k2 = f"const uint8_t i[3] = {{0xAB, 0xC1, 0x23}}; uint16_t a, b;\n{f2}(i, &a, &b);\nCHECK(a == 0xABC && b == 0x123);"
    t2 = ctask(f2, "Unpack three bytes into two 12-bit samples", "in: 3 bytes; a, b: outputs", "void", f"void {f2}(const uint8_t *in, uint16_t *a, uint16_t *b)",
               "a = in[0] << 4 | in[1] >> 4; b = (in[1] & 0x0F) << 8 | in[2].", "none", c2, k2, "stdint.h")
    efn = rng.choice(["pack_samples12", "compress_adc12", "pack_adc_buffer"])
    code = sub('''
    #include <stdint.h>
    #include <stddef.h>

    /* $e: pack n 12-bit ADC samples (n even) into out (3 bytes per pair).
       Returns the number of bytes written, or 0 if n is odd or cap is too small. */
    size_t $e(const uint16_t *samples, size_t n, uint8_t *out, size_t cap)
    {
        if (n % 2 != 0 || cap < n / 2 * 3) {
            return 0;
        }
        for (size_t i = 0; i < n; i += 2) {
            $f1(samples[i] & 0x0FFF, samples[i + 1] & 0x0FFF, out + i / 2 * 3);
        }
        return n / 2 * 3;
    }
    ''', e=efn, f1=f1)
    r = random.Random(rng.random())
    xs = [r.randrange(0, 4096) for _ in range(2 * r.randrange(2, 8))]
    packed = []
    for a, b in zip(xs[::2], xs[1::2]):
        packed += [a >> 4, ((a & 15) << 4) | (b >> 8), b & 255]
    check = f'''
    const uint16_t s[] = {carr(xs)};
    const uint8_t exp[] = {carr(packed)};
    uint8_t out[64];
    CHECK({efn}(s, sizeof s / 2, out, sizeof out) == sizeof exp);
    CHECK(memcmp(out, exp, sizeof exp) == 0);
    CHECK({efn}(s, 3, out, sizeof out) == 0);
    CHECK({efn}(s, 4, out, 5) == 0);
    uint16_t a, b;
    {f2}(out, &a, &b);
    CHECK(a == s[0] && b == s[1]);
    '''
    sig = f"size_t {efn}(const uint16_t *samples, size_t n, uint8_t *out, size_t cap)"
    entry = ctask(efn, "Entry: pack a buffer of 12-bit samples", "samples; n (even); out; cap", "size_t bytes written or 0", sig,
                  f"0 if n is odd or cap < n / 2 * 3; else {f1}(s[i] & 0x0FFF, s[i + 1] & 0x0FFF, out + i / 2 * 3) per pair; return n / 2 * 3.", "no malloc", code, check, "stdint.h, stddef.h")
    ctx = rng.choice(["a 12-bit ADC produces uint16_t samples that must be sent over a LoRa link with a small payload",
                      "samples are 12-bit sensor readings stored in uint16_t; the radio payload is precious"])
    ret = "packs every two samples into three bytes and returns the packed size (0 if n is odd or out is too small)"
    return cproblem(rng, "bit_packing", rng.choice(["light", "temperature", "vibration"]), ctx, sig, ret, resource(rng, False), [t1, t2], entry, ["stdint.h", "stddef.h"])


# analog temperature sensors: name, output at 0 degC in mV, slope in 0.1 mV/degC
ANALOG_TEMP_SENSORS = [("TMP36", 500, 100), ("TMP36", 500, 100), ("LM35", 0, 100), ("MCP9700", 500, 100), ("MCP9701", 400, 195),
                       ("LM61", 600, 100), ("TMP37", 0, 200)]


def _tdiv(a, b):
    q = abs(a) // abs(b)
    return q if (a >= 0) == (b > 0) else -q


def gen_thermostat(rng: random.Random):
    bits = rng.choice([10, 12])
    full = (1 << bits) - 1
    vref = rng.choice([3300, 5000, 3000, 2500])
    f1 = rng.choice(["adc_to_mv", "raw_to_millivolts", "counts_to_mv"])
    c1 = sub('''
    #include <stdint.h>

    /* $fn: convert a $bits-bit ADC count to millivolts (Vref $vref mV), rounded. */
    int32_t $fn(uint16_t raw)
    {
        return ((int32_t)raw * $vref + $half) / $full;
    }
    ''', fn=f1, bits=bits, vref=vref, full=full, half=full // 2)
    k1 = f"CHECK({f1}(0) == 0 && {f1}({full}) == {vref} && {f1}({full // 2}) == {(full // 2 * vref + full // 2) // full});"
    t1 = ctask(f1, f"Convert the {bits}-bit ADC count to millivolts (Vref {vref} mV)", "raw: ADC count", "int32_t mV", f"int32_t {f1}(uint16_t raw)",
               f"(raw * {vref} + {full // 2}) / {full}, integer rounding ({bits}-bit full scale {full} = {vref} mV).", "integer only", c1, k1, "stdint.h")
    sensor, off, slope_t = rng.choice(ANALOG_TEMP_SENSORS)
    slope = f"{slope_t / 10:g} mV/degC"
    f2 = rng.choice([f"{sensor.lower()}_mdegc", "mv_to_millicelsius", "sensor_mdegc"])
    if 10000 % slope_t == 0:
        expr, formula = f"(mv - {off}) * {10000 // slope_t}", f"(mv - {off}) * {10000 // slope_t}"
    else:
        expr, formula = f"(mv - {off}) * 10000 / {slope_t}", f"(mv - {off}) * 10000 / {slope_t}, truncated toward zero"

    def to_mdeg(mv):
        return _tdiv((mv - off) * 10000, slope_t)
    c2 = sub('''
    #include <stdint.h>

    /* $fn: $sensor output ($slope, $off mV at 0 degC) to milli-degrees Celsius. */
    int32_t $fn(int32_t mv)
    {
        return $expr;
    }
    ''', fn=f2, sensor=sensor, slope=slope, off=off, expr=expr)
    k2 = " && ".join(f"{f2}({mv}) == {to_mdeg(mv)}" for mv in (off + 250, off, max(0, off - 100), off + 1237))
    k2 = f"CHECK({k2});"
    t2 = ctask(f2, f"Convert {sensor} millivolts to milli-degC ({slope}, {off} mV at 0 degC)", "mv: sensor voltage in mV", "int32_t milli-degC", f"int32_t {f2}(int32_t mv)",
               f"{formula} ({slope}, offset {off} mV).", "integer only", c2, k2, "stdint.h")
    sp = grid(rng, 15000, 30000, 500)
    hy = grid(rng, 200, 2000, 100)
    efn = rng.choice(["thermostat_step", "heater_control", "update_heater"])
    code = sub('''
    #include <stdint.h>

    /* $e: bang-bang thermostat with hysteresis: heater on below $lo mdegC, off above $hi mdegC,
       otherwise unchanged. Returns the new heater state (0/1). */
    int $e(uint16_t raw, int heater_on)
    {
        int32_t t = $f2($f1(raw));
        if (t < $lo) {
            return 1;
        }
        if (t > $hi) {
            return 0;
        }
        return heater_on;
    }
    ''', e=efn, f1=f1, f2=f2, lo=sp - hy, hi=sp + hy)

    def raw_for(mdeg):
        mv = off + mdeg * slope_t // 10000
        return min(full, round(mv * full / vref))

    def temp_of(raw):
        return to_mdeg((raw * vref + full // 2) // full)
    cases = []
    for md, st in ((sp - 3 * hy, 0), (sp, 1), (sp, 0), (sp + 3 * hy, 1), (sp + 3 * hy, 0)):
        raw = raw_for(md)
        t = temp_of(raw)
        exp = 1 if t < sp - hy else (0 if t > sp + hy else st)
        cases.append(f"CHECK({efn}({raw}, {st}) == {exp});")
    check = "\n".join(cases)
    entry = ctask(efn, "Entry: one thermostat control step", "raw: ADC count; heater_on: current state", "int new heater state",
                  f"int {efn}(uint16_t raw, int heater_on)", f"t = {f2}({f1}(raw)); 1 if t < {sp - hy} mdegC, 0 if t > {sp + hy} mdegC, else heater_on (setpoint {sp} +/- {hy}).", "integer only", code, check, "stdint.h")
    ctx = f"a {sensor} temperature sensor ({slope}, {off} mV at 0 degC) is read by a {bits}-bit ADC with a {vref} mV reference; raw is one ADC count"
    ret = f"returns the heater state for a setpoint of {sp / 1000:g} C with +/-{hy / 1000:g} C hysteresis (heater_on is the current state)"
    return cproblem(rng, "control", "temperature", ctx, f"int {efn}(uint16_t raw, int heater_on)", ret, resource(rng, False), [t1, t2], entry, ["stdint.h"])


def gen_pid(rng: random.Random):
    kp, ki, kd = rng.choice([(2.0, 0.5, 0.1), (1.2, 0.8, 0.0), (0.8, 0.3, 0.05),
                             (grid(rng, 0.2, 4.0, 0.1), grid(rng, 0.0, 1.5, 0.05), grid(rng, 0.0, 0.3, 0.01))])
    lim = rng.choice([100.0, 255.0, 50.0, 1000.0, 4095.0])
    f1 = rng.choice(["clampf", "clamp_double", "limit"])
    c1 = f"/* {f1}: limit v to [lo, hi]. */\ndouble {f1}(double v, double lo, double hi)\n{{\n    return v < lo ? lo : (v > hi ? hi : v);\n}}"
    t1 = ctask(f1, "Clamp a value to a range", "v, lo, hi", "double", f"double {f1}(double v, double lo, double hi)", "Return lo / hi when outside.", "none", c1,
               f"CHECK({f1}(5, 0, 3) == 3 && {f1}(-1, 0, 3) == 0 && {f1}(2, 0, 3) == 2);", "none")
    f2 = rng.choice(["pid_step", "pid_update", "pid_compute"])
    c2 = sub('''
    /* $fn: one PID step with anti-windup: the integral is clamped to [-limit, limit] and the
       output to [0, limit]. integ and prev_err are the controller state. */
    double $fn(double setpoint, double measured, double dt, double *integ, double *prev_err)
    {
        double err = setpoint - measured;
        *integ = $f1(*integ + err * dt, -$lim, $lim);
        double deriv = (err - *prev_err) / dt;
        *prev_err = err;
        return $f1($kp * err + $ki * *integ + $kd * deriv, 0.0, $lim);
    }
    ''', fn=f2, f1=f1, kp=kp, ki=ki, kd=kd, lim=lim)
    k2 = f"double i = 0, p = 0;\ndouble u = {f2}(10.0, 0.0, 0.1, &i, &p);\nCHECK(fabs(i - 1.0) < 1e-12 && p == 10.0);\nCHECK(fabs(u - {min(lim, kp * 10 + ki * 1.0 + kd * 100)}) < 1e-9);\nCHECK({f2}(0.0, 50.0, 0.1, &i, &p) == 0.0);"
    t2 = ctask(f2, f"Compute one PID step (kp {kp}, ki {ki}, kd {kd})", "setpoint, measured, dt; integ, prev_err: state", "double actuator output",
               f"double {f2}(double setpoint, double measured, double dt, double *integ, double *prev_err)",
               f"err = setpoint - measured; integ = {f1}(integ + err * dt, -{lim:g}, {lim:g}); deriv = (err - prev_err) / dt; u = {kp} * err + {ki} * integ + {kd} * deriv clamped to 0..{lim:g}.", "no malloc", c2, k2, "none")
    t2.deps = [t1]
    efn = rng.choice(["simulate_heater", "run_control_loop", "pid_simulation"])
    code = sub('''
    /* $e: run the PID against a first-order plant y += dt * (gain * u - y) / tau for steps steps;
       returns the final plant output. */
    double $e(double setpoint, int steps, double dt, double gain, double tau)
    {
        double y = 0.0;
        double integ = 0.0;
        double prev_err = setpoint;
        for (int k = 0; k < steps; k++) {
            double u = $f2(setpoint, y, dt, &integ, &prev_err);
            y += dt * (gain * u - y) / tau;
        }
        return y;
    }
    ''', e=efn, f2=f2)
    sp = rng.choice([20.0, 40.0, 50.0])
    y, integ, prev = 0.0, 0.0, sp
    for _ in range(2000):
        err = sp - y
        integ = max(-lim, min(lim, integ + err * 0.05))
        der = (err - prev) / 0.05
        prev = err
        u = max(0.0, min(lim, kp * err + ki * integ + kd * der))
        y += 0.05 * (1.0 * u - y) / 5.0
    check = f"double y = {efn}({sp}, 2000, 0.05, 1.0, 5.0);\nCHECK(fabs(y - {y!r}) < 1e-6);\nCHECK(y > 0.0);"
    entry = ctask(efn, "Entry: closed-loop simulation", "setpoint; steps; dt; plant gain and time constant", "double final output",
                  f"double {efn}(double setpoint, int steps, double dt, double gain, double tau)", f"y = 0, integ = 0, prev_err = setpoint; each step u = {f2}(setpoint, y, dt, &integ, &prev_err), then y += dt * (gain * u - y) / tau; return y.", "none", code, check, "none")
    ctx = rng.choice(["a heater is controlled by a PID loop running every dt seconds", "a motor speed loop on an MCU uses a PID controller"])
    ret = f"simulates the PID (kp {kp}, ki {ki}, kd {kd}, output 0..{lim:g}) against a first-order plant and returns the final output"
    return cproblem(rng, "control", "temperature", ctx, f"double {efn}(double setpoint, int steps, double dt, double gain, double tau)", ret, resource(rng), [t1, t2], entry, [])


GENERATORS = [("c_ring_average", gen_ring_average, 70), ("c_q15_ema", gen_q15_ema, 60), ("c_debounce", gen_debounce, 60),
              ("c_int_stats", gen_int_stats, 70), ("c_bitpack", gen_bitpack, 40), ("c_thermostat", gen_thermostat, 50), ("c_pid", gen_pid, 40)]
