"""More Python problems: sensor fusion, GPS, environmental, energy, streaming."""
from __future__ import annotations

import random

from .common import Problem, dedent, grid, sub
from .py_apps import T, _entry, _mk


def gen_complementary(rng: random.Random) -> Problem:
    alpha = rng.choice([0.9, 0.95, 0.98, grid(rng, 0.85, 0.99, 0.01)])
    f1 = rng.choice(["accel_pitch", "pitch_from_accel", "tilt_angle"])
    c1 = sub('''
    import math

    def $fn(ax, ay, az):
        """Pitch angle in degrees from one accelerometer sample (g): atan2(-ax, sqrt(ay^2 + az^2))."""
        return math.degrees(math.atan2(-ax, math.sqrt(ay * ay + az * az)))
    ''', fn=f1)
    k1 = sub('''
    import math
    assert abs($fn(0.0, 0.0, 1.0)) < 1e-9
    assert abs($fn(-0.5, 0.0, math.sqrt(0.75)) - 30.0) < 1e-9
    ''', fn=f1)
    f2 = rng.choice(["complementary_step", "fuse_step", "cf_update"])
    c2 = sub('''
    def $fn(angle, gyro_rate, acc_angle, dt, alpha=$a):
        """One complementary-filter update: alpha * (angle + gyro_rate * dt) + (1 - alpha) * acc_angle."""
        return alpha * (angle + gyro_rate * dt) + (1 - alpha) * acc_angle
    ''', fn=f2, a=alpha)
    k2 = sub('''
    assert abs($fn(10.0, 0.0, 10.0, 0.01, $a) - 10.0) < 1e-12
    assert abs($fn(0.0, 100.0, 0.0, 0.01, $a) - $a * 1.0) < 1e-12
    assert abs($fn(0.0, 0.0, 20.0, 0.01, 0.5) - 10.0) < 1e-12
    ''', fn=f2, a=alpha)
    t1 = T(f1, "Compute the pitch angle from the accelerometer", "ax, ay, az: one sample in g", "float pitch in degrees",
           f"{f1}(ax, ay, az)", "atan2(-ax, sqrt(ay^2 + az^2)) converted to degrees.", "none", "math", c1, k1)
    t2 = T(f2, f"Do one complementary filter step with alpha {alpha}", "angle: previous estimate (deg); gyro_rate: deg/s; acc_angle: deg; dt: s",
           "float new angle in degrees", f"{f2}(angle, gyro_rate, acc_angle, dt, alpha={alpha})", f"{alpha} * (angle + gyro_rate * dt) + {round(1 - alpha, 4)} * acc_angle: integrated gyro weighted alpha = {alpha}, accelerometer 1 - alpha.",
           "none", "none", c2, k2)
    entry_name = rng.choice(["estimate_pitch", "fuse_imu", "complementary_filter", "track_tilt"])
    code = sub('''
    def $e(acc, gyro, fs):
        """Pitch estimates (deg) from accelerometer tuples (ax, ay, az) in g and pitch-rate gyro samples (deg/s)."""
        dt = 1.0 / fs
        out = []
        angle = None
        for (ax, ay, az), rate in zip(acc, gyro):
            a = $f1(ax, ay, az)
            angle = a if angle is None else $f2(angle, rate, a, dt)
            out.append(angle)
        return out
    ''', e=entry_name, f1=f1, f2=f2)
    check = sub('''
    import math
    fs = 100
    acc = [(-0.5, 0.0, math.sqrt(0.75))] * 400
    y = $e(acc, [0.0] * 400, fs)
    assert len(y) == 400 and abs(y[-1] - 30.0) < 1e-6
    noisy = [(-0.5 + (0.2 if i % 2 else -0.2), 0.0, math.sqrt(0.75)) for i in range(400)]
    y2 = $e(noisy, [0.0] * 400, fs)
    assert abs(y2[-1] - 30.0) < 3.0
    y3 = $e([(0.0, 0.0, 1.0)] * 100, [10.0] * 100, fs)
    assert y3[-1] > 0.5
    ''', e=entry_name)
    entry = _entry(entry_name, f"{entry_name}(acc, gyro, fs)", "Entry: fuse accelerometer and gyroscope into a pitch estimate",
                   "acc: list of (ax, ay, az) in g; gyro: list of pitch rates in deg/s; fs: Hz", "list of pitch angles in degrees",
                   f"dt = 1 / fs; angle starts at {f1}(first sample); then angle = {f2}(angle, rate, {f1}(ax, ay, az), dt) (alpha {alpha}) per sample; list of angles.", "none", "math", code, check)
    ctx = "acc is a list of (ax, ay, az) accelerometer tuples in g and gyro a list of pitch-rate samples in deg/s, both at fs Hz"
    ret = rng.choice([f"returns the fused pitch angle per sample using a complementary filter (alpha {alpha})",
                      f"estimates the tilt angle over time with a complementary filter (gyro weight {alpha})"])
    return _mk(rng, "fusion", "gyroscope", ctx, f"{entry_name}(acc, gyro, fs)", ret, rng.choice([[], ["The gyro drifts; the accelerometer is noisy."]]), [t1, t2], entry, ["math"])


def gen_kalman(rng: random.Random) -> Problem:
    modality = rng.choice(["temperature", "pressure", "humidity", "light", "voltage"])
    q = rng.choice([1e-4, 1e-3, 1e-2, 5e-4, 2e-3, 5e-3, 2e-2])
    r = rng.choice([0.1, 0.25, 0.5, 1.0, grid(rng, 0.05, 2.0, 0.05)])
    f1 = rng.choice(["kalman_predict", "predict_step", "kf_predict"])
    f2 = rng.choice(["kalman_update", "update_step", "kf_update"])
    c1 = sub('''
    def $fn(x, p, q=$q):
        """Predict step of a constant-value 1-D Kalman filter: state unchanged, variance grows by q."""
        return x, p + q
    ''', fn=f1, q=q)
    k1 = sub('''
    assert $fn(2.0, 1.0, 0.5) == (2.0, 1.5)
    ''', fn=f1)
    c2 = sub('''
    def $fn(x, p, z, r=$r):
        """Update step: gain k = p / (p + r); x += k * (z - x); p *= (1 - k). Returns (x, p)."""
        k = p / (p + r)
        return x + k * (z - x), (1 - k) * p
    ''', fn=f2, r=r)
    k2 = sub('''
    x, p = $fn(0.0, 1.0, 2.0, 1.0)
    assert abs(x - 1.0) < 1e-12 and abs(p - 0.5) < 1e-12
    ''', fn=f2)
    t1 = T(f1, "Kalman predict step for a constant signal", "x: estimate; p: variance; q: process noise", "tuple (x, p)", f"{f1}(x, p, q={q})",
           f"x stays, p = p + q with q = {q}.", "none", "none", c1, k1)
    t2 = T(f2, "Kalman update step with a new measurement", "x, p: prior; z: measurement; r: measurement noise variance", "tuple (x, p)",
           f"{f2}(x, p, z, r={r})", f"k = p / (p + r) with r = {r}; x = x + k (z - x); p = (1 - k) p.", "none", "none", c2, k2)
    entry_name = rng.choice(["kalman_filter", "smooth_readings", f"filter_{modality}", "kalman_1d"])
    code = sub('''
    def $e(measurements):
        """Filtered estimates of a slowly varying value with a 1-D Kalman filter (q=$q, r=$r)."""
        if not measurements:
            return []
        x, p = measurements[0], 1.0
        out = []
        for z in measurements:
            x, p = $f1(x, p)
            x, p = $f2(x, p, z)
            out.append(x)
        return out
    ''', e=entry_name, f1=f1, f2=f2, q=q, r=r)
    check = sub('''
    import numpy as np
    z = 20.0 + np.random.default_rng(5).normal(0, 0.5, 500)
    y = $e(list(z))
    x, p, ref = z[0], 1.0, []
    for m in z:
        p = p + $q
        k = p / (p + $r)
        x = x + k * (m - x)
        p = (1 - k) * p
        ref.append(x)
    assert np.allclose(y, ref)
    assert np.std(np.asarray(y)[100:]) < np.std(z)
    assert $e([]) == []
    ''', e=entry_name, q=q, r=r)
    entry = _entry(entry_name, f"{entry_name}(measurements)", "Entry: run the 1-D Kalman filter over all measurements", "measurements: list of floats",
                   "list of filtered floats", f"[] if empty; x = first measurement, p = 1.0; per sample {f1}(x, p) (q = {q}) then {f2}(x, p, z) (r = {r}); list of x.", f"q = {q}, r = {r}", "none", code, check)
    ctx = f"measurements is a list of noisy {modality} readings of a slowly changing quantity"
    ret = f"returns the 1-D Kalman filtered estimates (process noise {q}, measurement noise {r})"
    return _mk(rng, "fusion", modality, ctx, f"{entry_name}(measurements)", ret, [], [t1, t2], entry, [])


def gen_weighted_fusion(rng: random.Random) -> Problem:
    modality = rng.choice(["temperature", "pressure", "humidity"])
    f1 = rng.choice(["sensor_variance", "estimate_variance", "noise_variance"])
    c1 = sub('''
    def $fn(readings):
        """Sample variance (n - 1) of one sensor's readings; needs at least two readings."""
        m = sum(readings) / len(readings)
        return sum((v - m) ** 2 for v in readings) / (len(readings) - 1)
    ''', fn=f1)
    k1 = sub('''
    assert abs($fn([1.0, 2.0, 3.0]) - 1.0) < 1e-12
    ''', fn=f1)
    f2 = rng.choice(["inverse_variance_fuse", "fuse_weighted", "weighted_fusion"])
    c2 = sub('''
    def $fn(values, variances):
        """Inverse-variance weighted average of simultaneous readings from several sensors."""
        weights = [1.0 / v for v in variances]
        return sum(w * x for w, x in zip(weights, values)) / sum(weights)
    ''', fn=f2)
    k2 = sub('''
    assert abs($fn([10.0, 20.0], [1.0, 1.0]) - 15.0) < 1e-12
    assert abs($fn([10.0, 20.0], [1.0, 3.0]) - 12.5) < 1e-12
    ''', fn=f2)
    t1 = T(f1, "Estimate each sensor's noise variance from calibration readings", "readings: list of floats (>= 2)", "float variance",
           f"{f1}(readings)", "Sample variance with n - 1.", "at least two readings", "none", c1, k1)
    t2 = T(f2, "Fuse readings with inverse-variance weights", "values: list of floats; variances: list of floats > 0", "float fused value",
           f"{f2}(values, variances)", "w_i = 1 / var_i; sum(w_i x_i) / sum(w_i).", "variances > 0", "none", c2, k2)
    entry_name = rng.choice(["fuse_sensors", "combine_readings", f"fused_{modality}", "run_pipeline"])
    code = sub('''
    def $e(calibration, current):
        """Fused value of the current readings, weighting each sensor by 1 / its calibration variance."""
        variances = [$f1(c) for c in calibration]
        return $f2(current, variances)
    ''', e=entry_name, f1=f1, f2=f2)
    check = sub('''
    import numpy as np
    cal = [[20.0, 20.2, 19.8, 20.0], [20.0, 21.0, 19.0, 20.0]]
    v = [np.var(c, ddof=1) for c in cal]
    y = $e(cal, [21.0, 24.0])
    assert abs(y - (21.0 / v[0] + 24.0 / v[1]) / (1 / v[0] + 1 / v[1])) < 1e-9
    ''', e=entry_name)
    entry = _entry(entry_name, f"{entry_name}(calibration, current)", "Entry: fuse redundant sensors", "calibration: list of per-sensor reading lists; current: list of one reading per sensor",
                   "float fused reading", f"Variance per sensor with {f1}, then {f2}.", "none", "none", code, check)
    ctx = f"several redundant {modality} sensors: calibration holds a list of steady-state readings per sensor and current one new reading per sensor"
    ret = "returns the inverse-variance weighted average of the current readings"
    return _mk(rng, "fusion", modality, ctx, f"{entry_name}(calibration, current)", ret, [], [t1, t2], entry, [])


def gen_gps(rng: random.Random) -> Problem:
    R = rng.choice([6371000.0, 6371008.8, 6378137.0, 6371000.0])
    f1 = rng.choice(["haversine", "haversine_m", "great_circle_distance", "distance_m"])
    c1 = sub('''
    import math

    def $fn(lat1, lon1, lat2, lon2):
        """Great-circle distance in metres between two WGS84 points in degrees (haversine, R = $R m)."""
        p1, p2 = math.radians(lat1), math.radians(lat2)
        dp = p2 - p1
        dl = math.radians(lon2 - lon1)
        a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
        return 2 * $R * math.asin(math.sqrt(a))
    ''', fn=f1, R=R)
    k1 = sub('''
    import math
    assert abs($fn(0.0, 0.0, 1.0, 0.0) - math.pi * $R / 180) < 1e-6
    assert $fn(48.1, 11.5, 48.1, 11.5) == 0.0
    assert abs($fn(0.0, 0.0, 0.0, 90.0) - math.pi * $R / 2) < 1e-3
    ''', fn=f1, R=R)
    t1 = T(f1, "Distance between two GPS fixes with the haversine formula", "lat1, lon1, lat2, lon2: degrees", "float metres",
           f"{f1}(lat1, lon1, lat2, lon2)", f"Haversine with Earth radius {R} m.", "none", "math", c1, k1)
    kind = rng.choice(["total", "speed", "both"])
    tasks = [t1]
    f2 = rng.choice(["segment_distances", "leg_lengths", "step_distances"])
    c2 = sub('''
    def $fn(fixes):
        """Distance in metres between each pair of consecutive (t, lat, lon) fixes."""
        return [$h(a[1], a[2], b[1], b[2]) for a, b in zip(fixes, fixes[1:])]
    ''', fn=f2, h=f1)
    k2 = sub('''
    d = $fn([(0, 0.0, 0.0), (10, 0.001, 0.0), (20, 0.001, 0.001)])
    assert len(d) == 2 and all(100 < v < 120 for v in d)
    assert $fn([(0, 1.0, 1.0)]) == []
    ''', fn=f2)
    tasks.append(T(f2, "Compute the distance of each leg between consecutive fixes", "fixes: list of (t_s, lat, lon)", "list of floats in metres",
                   f"{f2}(fixes)", f"Apply {f1} to consecutive pairs.", "uses the haversine helper", "none", c2, k2))
    tasks[-1].deps = [t1]
    f3 = rng.choice(["leg_speeds", "segment_speeds", "speeds_mps"])
    c3 = sub('''
    def $fn(fixes, distances):
        """Speed in m/s of each leg; legs with a non-positive time step get speed 0."""
        out = []
        for a, b, d in zip(fixes, fixes[1:], distances):
            dt = b[0] - a[0]
            out.append(d / dt if dt > 0 else 0.0)
        return out
    ''', fn=f3)
    k3 = sub('''
    assert $fn([(0, 0, 0), (10, 0, 0), (10, 0, 0)], [100.0, 5.0]) == [10.0, 0.0]
    ''', fn=f3)
    if kind != "total":
        tasks.append(T(f3, "Compute the speed of each leg", "fixes: list of (t_s, lat, lon); distances: list of metres", "list of floats m/s",
                       f"{f3}(fixes, distances)", "distance / time difference, 0 if dt <= 0.", "none", "none", c3, k3))
    entry_name = {"total": rng.choice(["track_length_km", "total_distance", "trip_distance"]),
                  "speed": rng.choice(["max_speed_kmh", "top_speed", "peak_speed_kmh"]),
                  "both": rng.choice(["trip_summary", "summarize_track", "run_pipeline"])}[kind]
    gps_beh = {"total": f"return sum({f2}(fixes)) / 1000.0 (metres to km).",
               "speed": f"d = {f2}(fixes); speeds = {f3}(fixes, d); return max(speeds) * 3.6 (m/s to km/h), 0.0 if there are no legs.",
               "both": f"d = {f2}(fixes); speeds = {f3}(fixes, d); return (sum(d) / 1000.0 km, max(speeds) * 3.6 km/h or 0.0 if no legs)."}[kind]
    if kind == "total":
        body = f"    return sum({f2}(fixes)) / 1000.0"; out = "float total distance in km"; ret = "returns the total distance travelled in km"
        cmp = "assert abs(y - sum(_d) / 1000.0) < 1e-9"
    elif kind == "speed":
        body = f"    d = {f2}(fixes)\n    speeds = {f3}(fixes, d)\n    return max(speeds) * 3.6 if speeds else 0.0"; out = "float max speed in km/h"
        ret = "returns the maximum speed in km/h (0.0 for fewer than two fixes)"
        cmp = "assert abs(y - max(_s) * 3.6) < 1e-9"
    else:
        body = f"    d = {f2}(fixes)\n    speeds = {f3}(fixes, d)\n    return sum(d) / 1000.0, (max(speeds) * 3.6 if speeds else 0.0)"; out = "tuple (distance_km, max_speed_kmh)"
        ret = "returns a tuple (total distance in km, maximum speed in km/h)"
        cmp = "assert abs(y[0] - sum(_d) / 1000.0) < 1e-9 and abs(y[1] - max(_s) * 3.6) < 1e-9"
    code = f'def {entry_name}(fixes):\n    """GPS track of (t_s, lat, lon) fixes -> {out}."""\n{body}'
    check = dedent(sub('''
    import math
    fx = [(0, 52.5200, 13.4050), (5, 52.5203, 13.4052), (10, 52.5209, 13.4060), (20, 52.5215, 13.4061)]
    def _h(a, b):
        p1, p2 = math.radians(a[1]), math.radians(b[1])
        x = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(b[2] - a[2]) / 2) ** 2
        return 2 * $R * math.asin(math.sqrt(x))
    _d = [_h(a, b) for a, b in zip(fx, fx[1:])]
    _s = [d / (b[0] - a[0]) for a, b, d in zip(fx, fx[1:], _d)]
    y = $e(fx)
    ''', R=R, e=entry_name)) + "\n" + cmp
    entry = _entry(entry_name, f"{entry_name}(fixes)", "Entry: summarise the GPS track", "fixes: list of (t_s, lat, lon)", out,
                   gps_beh, "none", "math", code, check)
    ctx = rng.choice(["fixes is a list of (timestamp_s, lat, lon) tuples from a GPS tracker, in degrees",
                      "fixes holds GPS fixes as (t, lat, lon) with t in seconds and coordinates in decimal degrees"])
    return _mk(rng, "gps", "gps", ctx, f"{entry_name}(fixes)", ret, rng.choice([[], [f"Use the haversine formula with R = {R} m."], [f"No external GIS library; Earth radius {R} m."]]), tasks, entry, ["math"])


def _magnus_dew(t, rh, a, b):
    """Reference dew point (Magnus): vapour-pressure ratio form, independent of the task code."""
    import math
    ln_e = math.log(rh / 100.0 * math.exp(a * t / (b + t)))
    return b * ln_e / (a - ln_e)


def gen_environment(rng: random.Random) -> Problem:
    kind = rng.choice(["dew", "dew", "alt", "calib", "heat"])
    tasks = []
    if kind in ("dew", "heat"):
        fk = rng.choice(["calibrate", "apply_offset", "correct_reading"])
        off = rng.choice([-0.5, -0.3, 0.2, 0.4, grid(rng, -1.5, -0.1, 0.1), grid(rng, 0.1, 1.5, 0.1)])
        ck = sub('''
        def $fn(temp_c, offset=$off):
            """Apply the factory calibration offset (degC) to a temperature reading."""
            return temp_c + offset
        ''', fn=fk, off=off)
        kk = sub('''
        assert abs($fn(20.0, $off) - (20.0 + $off)) < 1e-12
        ''', fn=fk, off=off)
        tasks.append(T(fk, f"Correct the temperature with the calibration offset {off} degC", "temp_c: float", "float degC", f"{fk}(temp_c, offset={off})",
                       f"Return temp_c + offset with offset = {off} degC.", "none", "none", ck, kk))
        fd = rng.choice(["dew_point", "dew_point_c", "compute_dew_point"])
        ma, mb = rng.choice([(17.62, 243.12), (17.62, 243.12), (17.27, 237.7), (17.625, 243.04), (17.67, 243.5)])
        cd = sub('''
        import math

        def $fn(temp_c, rh):
            """Dew point in degC from temperature (degC) and relative humidity (%), Magnus formula
            with a = $a, b = $b."""
            g = math.log(rh / 100.0) + $a * temp_c / ($b + temp_c)
            return $b * g / ($a - g)
        ''', fn=fd, a=ma, b=mb)
        kd = sub('''
        assert abs($fn(20.0, 100.0) - 20.0) < 1e-9
        assert abs($fn(25.0, 50.0) - 13.85) < 0.05
        assert abs($fn(10.0, 35.0) - $ref) < 1e-6
        ''', fn=fd, ref=repr(_magnus_dew(10.0, 35.0, ma, mb)))
        tasks.append(T(fd, "Compute the dew point with the Magnus formula", "temp_c: degC; rh: percent (0-100]", "float dew point in degC",
                       f"{fd}(temp_c, rh)", f"gamma = ln(rh/100) + a T / (b + T); Td = b gamma / (a - gamma), a = {ma}, b = {mb} degC.", "rh > 0", "math", cd, kd))
        if kind == "heat":
            fc = rng.choice(["c_to_f", "celsius_to_fahrenheit", "to_fahrenheit"])
            cc = sub('''
            def $fn(temp_c):
                """Convert degrees Celsius to degrees Fahrenheit."""
                return temp_c * 9.0 / 5.0 + 32.0
            ''', fn=fc)
            kc = sub('''
            assert $fn(100.0) == 212.0 and $fn(-40.0) == -40.0
            ''', fn=fc)
            tasks.append(T(fc, "Convert Celsius to Fahrenheit", "temp_c: float", "float degF", f"{fc}(temp_c)", "F = C * 9/5 + 32.", "none", "none", cc, kc))
        entry_name = rng.choice(["dew_points", "process_climate", "compute_dew_points", "run_pipeline"])
        conv = f"{tasks[2].name}({fd}(t, h))" if kind == "heat" else f"{fd}(t, h)"
        code = f'def {entry_name}(readings):\n    """Dew point per (temp_c, rh) reading after temperature calibration{", in degF" if kind == "heat" else ", in degC"}."""\n    out = []\n    for temp_c, rh in readings:\n        t = {fk}(temp_c)\n        h = min(max(rh, 1.0), 100.0)\n        out.append({conv})\n    return out'
        ref = "(_td * 9 / 5 + 32)" if kind == "heat" else "_td"
        check = dedent(f'''
        import math
        rd = [(20.0, 65.0), (31.5, 40.0), (-2.0, 90.0), (22.0, 120.0)]
        y = {entry_name}(rd)
        assert len(y) == 4
        for (t, h), v in zip(rd, y):
            t = t + {off}; h = min(max(h, 1.0), 100.0)
            g = math.log(h / 100) + {ma} * t / ({mb} + t); _td = {mb} * g / ({ma} - g)
            assert abs(v - {ref}) < 1e-9
        ''')
        out = "list of dew points in " + ("degF" if kind == "heat" else "degC")
        ctx = rng.choice(["readings is a list of (temp_c, rh_percent) tuples from a greenhouse sensor", "readings holds (temperature in C, relative humidity in %) pairs from an SHT31 sensor"])
        ret = f"returns the dew point of every reading ({'in Fahrenheit' if kind == 'heat' else 'in Celsius'}) after adding the calibration offset {off} C"
        extras = ["Clamp humidity to 1-100 %."] + rng.choice([[], [f"Use the Magnus formula (a = {ma}, b = {mb} degC)."]])
        env_beh = (f"For each (temp_c, rh): t = {fk}(temp_c) (offset {off}); h = rh clamped to 1..100; {fd}(t, h)"
                   + (f" converted with {tasks[2].name}." if kind == "heat" else ".") + " Returns the list.")
        modality = "humidity"
    elif kind == "alt":
        f1 = rng.choice(["pa_to_hpa", "to_hpa", "pascal_to_hpa"])
        c1 = sub('''
        def $fn(p_pa):
            """Convert pascal to hectopascal."""
            return p_pa / 100.0
        ''', fn=f1)
        k1 = f"assert {f1}(101325.0) == 1013.25"
        f2 = rng.choice(["pressure_altitude", "altitude_m", "baro_altitude"])
        c2 = sub('''
        def $fn(p_hpa, p0_hpa=1013.25):
            """Altitude in metres from pressure with the international barometric formula."""
            return 44330.0 * (1.0 - (p_hpa / p0_hpa) ** (1.0 / 5.255))
        ''', fn=f2)
        k2 = f"assert abs({f2}(1013.25)) < 1e-9\nassert abs({f2}(899.0) - 997.9) < 1.0"
        tasks = [T(f1, "Convert the raw pressure from Pa to hPa", "p_pa: float pascal", "float hPa", f"{f1}(p_pa)", "Divide by 100.", "none", "none", c1, k1),
                 T(f2, "Convert pressure to altitude with the barometric formula", "p_hpa: hPa; p0_hpa: sea-level pressure", "float metres",
                   f"{f2}(p_hpa, p0_hpa=1013.25)", "44330 * (1 - (p / p0)^(1 / 5.255)).", "none", "none", c2, k2)]
        entry_name = rng.choice(["altitudes", "pressure_to_altitude", "track_altitude"])
        code = f'def {entry_name}(pressures_pa, p0_hpa=1013.25):\n    """Altitude in metres for each pressure reading in Pa."""\n    return [{f2}({f1}(p), p0_hpa) for p in pressures_pa]'
        check = f"y = {entry_name}([101325.0, 89900.0], 1013.25)\nassert abs(y[0]) < 1e-9 and abs(y[1] - 44330.0 * (1 - (899.0 / 1013.25) ** (1 / 5.255))) < 1e-9\nassert {entry_name}([]) == []"
        out = "list of altitudes in m"
        ctx = rng.choice(["pressures_pa is a list of BMP280 pressure readings in pascal", "pressures_pa holds barometer samples (Pa) from a drone"])
        ret = "returns the altitude in metres of each reading, relative to sea-level pressure p0_hpa"
        extras = []
        env_beh = f"[{f2}({f1}(p), p0_hpa) for p in pressures_pa]: Pa / 100 = hPa, then 44330 * (1 - (p / p0_hpa)^(1 / 5.255)) metres."
        modality = "pressure"
        entry_args = "pressures_pa, p0_hpa=1013.25"
    else:
        f1 = rng.choice(["two_point_gain", "calibration_coeffs", "fit_two_point"])
        c1 = sub('''
        def $fn(raw_lo, raw_hi, ref_lo, ref_hi):
            """Gain and offset mapping raw readings onto reference values from two calibration points."""
            gain = (ref_hi - ref_lo) / (raw_hi - raw_lo)
            return gain, ref_lo - gain * raw_lo
        ''', fn=f1)
        k1 = f"g, o = {f1}(100.0, 900.0, 0.0, 100.0)\nassert abs(g - 0.125) < 1e-12 and abs(o + 12.5) < 1e-12"
        f2 = rng.choice(["apply_calibration", "calibrate_values", "correct_values"])
        c2 = sub('''
        def $fn(raw, gain, offset):
            """Apply value = gain * raw + offset to every reading."""
            return [gain * r + offset for r in raw]
        ''', fn=f2)
        k2 = f"assert {f2}([0.0, 10.0], 2.0, 1.0) == [1.0, 21.0]"
        tasks = [T(f1, "Compute gain and offset from two calibration points", "raw_lo, raw_hi: raw readings; ref_lo, ref_hi: true values", "tuple (gain, offset)",
                   f"{f1}(raw_lo, raw_hi, ref_lo, ref_hi)", "gain = (ref_hi - ref_lo) / (raw_hi - raw_lo); offset = ref_lo - gain * raw_lo.", "raw_hi != raw_lo", "none", c1, k1),
                 T(f2, "Apply the linear calibration to all readings", "raw: list of floats; gain, offset: floats", "list of floats",
                   f"{f2}(raw, gain, offset)", "gain * r + offset per reading.", "none", "none", c2, k2)]
        modality = rng.choice(["temperature", "humidity", "pressure", "light"])
        entry_name = rng.choice(["calibrate_sensor", f"calibrated_{modality}", "run_pipeline"])
        code = f'def {entry_name}(raw, points):\n    """Calibrated readings; points = ((raw_lo, ref_lo), (raw_hi, ref_hi))."""\n    (raw_lo, ref_lo), (raw_hi, ref_hi) = points\n    gain, offset = {f1}(raw_lo, raw_hi, ref_lo, ref_hi)\n    return {f2}(raw, gain, offset)'
        check = f"y = {entry_name}([100.0, 500.0, 900.0], ((100.0, 0.0), (900.0, 100.0)))\nassert [round(v, 9) for v in y] == [0.0, 50.0, 100.0]"
        out = "list of calibrated floats"
        ctx = f"raw is a list of uncalibrated {modality} readings and points is ((raw_lo, ref_lo), (raw_hi, ref_hi)) from a two-point calibration"
        ret = "returns the calibrated readings using a linear two-point calibration"
        extras = []
        env_beh = f"(raw_lo, ref_lo), (raw_hi, ref_hi) = points; gain, offset = {f1}(raw_lo, raw_hi, ref_lo, ref_hi); return {f2}(raw, gain, offset)."
        entry_args = "raw, points"
    if kind in ("dew", "heat"):
        entry_args = "readings"
    entry = _entry(entry_name, f"{entry_name}({entry_args})", "Entry: convert the environmental readings", entry_args, out,
                   env_beh, "none", "math" if kind in ("dew", "heat") else "none", code, check)
    return _mk(rng, "environmental", modality, ctx, f"{entry_name}({entry_args})", ret, extras, tasks, entry, ["math"])


def gen_energy(rng: random.Random) -> Problem:
    f1 = rng.choice(["instant_power", "power_samples", "compute_power"])
    c1 = sub('''
    def $fn(voltage, current):
        """Instantaneous power in watts: v * i for each pair of samples."""
        return [v * i for v, i in zip(voltage, current)]
    ''', fn=f1)
    k1 = f"assert {f1}([230.0, -230.0], [2.0, -2.0]) == [460.0, 460.0]"
    f2 = rng.choice(["integrate_energy", "trapezoid_energy", "energy_joules"])
    c2 = sub('''
    def $fn(power, fs):
        """Energy in joules from power samples at fs Hz with the trapezoidal rule."""
        dt = 1.0 / fs
        return sum((a + b) * dt / 2 for a, b in zip(power, power[1:]))
    ''', fn=f2)
    k2 = f"assert abs({f2}([100.0] * 11, 10) - 100.0) < 1e-9\nassert {f2}([5.0], 10) == 0"
    f3 = rng.choice(["joules_to_kwh", "to_kwh", "energy_kwh_from_j"])
    c3 = sub('''
    def $fn(joules):
        """Convert joules to kilowatt-hours (1 kWh = 3.6e6 J)."""
        return joules / 3.6e6
    ''', fn=f3)
    k3 = f"assert abs({f3}(3.6e6) - 1.0) < 1e-12"
    tasks = [T(f1, "Compute instantaneous power from voltage and current samples", "voltage: list of V; current: list of A", "list of W",
               f"{f1}(voltage, current)", "Multiply sample by sample.", "same length", "none", c1, k1),
             T(f2, "Integrate power over time with the trapezoidal rule", "power: list of W; fs: Hz", "float joules", f"{f2}(power, fs)",
               "sum((p[k] + p[k+1]) / 2 * dt), dt = 1 / fs.", "none", "none", c2, k2),
             T(f3, "Convert joules to kWh", "joules: float", "float kWh", f"{f3}(joules)", "Divide by 3.6e6.", "none", "none", c3, k3)]
    entry_name = rng.choice(["energy_kwh", "consumed_energy", "measure_energy", "run_pipeline"])
    code = f'def {entry_name}(voltage, current, fs):\n    """Energy in kWh from simultaneous voltage and current samples at fs Hz."""\n    p = {f1}(voltage, current)\n    return {f3}({f2}(p, fs))'
    check = dedent(f'''
    import numpy as np
    fs = 1000
    t = np.arange(2001) / fs
    v = 325 * np.sin(2 * np.pi * 50 * t); i = 10 * np.sin(2 * np.pi * 50 * t)
    y = {entry_name}(list(v), list(i), fs)
    assert abs(y - np.trapezoid(v * i, dx=1 / fs) / 3.6e6) < 1e-9
    assert abs(y - 325 * 10 / 2 * 2.0 / 3.6e6) < 1e-6
    ''')
    entry = _entry(entry_name, f"{entry_name}(voltage, current, fs)", "Entry: energy consumed", "voltage, current: lists of samples; fs: Hz", "float kWh",
                   f"{f1} -> {f2} -> {f3}.", "none", "none", code, check)
    where = rng.choice(["smart plug", "energy meter", "solar inverter"])
    ctx = f"voltage and current are lists of simultaneous samples (V, A) from a {where}, sampled at fs Hz"
    ret = rng.choice(["returns the consumed energy in kWh", "integrates the power and returns the energy in kilowatt-hours"])
    return _mk(rng, "power", "current", ctx, f"{entry_name}(voltage, current, fs)", ret, rng.choice([[], ["Use the trapezoidal rule."]]), tasks, entry, [])


def _hysteresis_levels(rng):
    on = float(grid(rng, 1.0, 95.0, 0.5))
    return on, round(on - grid(rng, 0.5, max(0.5, min(5.0, on / 4)), 0.5), 1)


def gen_streaming(rng: random.Random) -> Problem:
    modality = rng.choice(["temperature", "current", "vibration", "pressure", "humidity"])
    w = rng.randint(3, 10)
    on, off = rng.choice([(30.0, 28.0), (5.0, 4.0), (2.0, 1.5), (80.0, 75.0), None]) or _hysteresis_levels(rng)
    f0 = rng.choice(["init_state", "new_state", "make_state"])
    c0 = sub('''
    def $fn(window=$w):
        """Fresh streaming state: a ring buffer of `window` samples, running sum and alarm flag."""
        return {"buf": [0.0] * window, "idx": 0, "count": 0, "sum": 0.0, "alarm": False}
    ''', fn=f0, w=w)
    k0 = f"s = {f0}({w})\nassert len(s['buf']) == {w} and s['count'] == 0 and s['alarm'] is False"
    f1 = rng.choice(["push_sample", "update_mean", "ring_update"])
    c1 = sub('''
    def $fn(state, value):
        """Insert value into the ring buffer and return the mean of the samples held (O(1))."""
        buf = state["buf"]
        i = state["idx"]
        if state["count"] == len(buf):
            state["sum"] -= buf[i]
        else:
            state["count"] += 1
        buf[i] = value
        state["sum"] += value
        state["idx"] = (i + 1) % len(buf)
        return state["sum"] / state["count"]
    ''', fn=f1)
    k1 = sub('''
    s = {"buf": [0.0] * 3, "idx": 0, "count": 0, "sum": 0.0, "alarm": False}
    assert [$fn(s, v) for v in [3.0, 6.0, 9.0, 12.0]] == [3.0, 4.5, 6.0, 9.0]
    ''', fn=f1)
    f2 = rng.choice(["update_alarm", "hysteresis_update", "alarm_step"])
    c2 = sub('''
    def $fn(active, level, on=$on, off=$off):
        """Next alarm state: switch on above `on`, switch off below `off`, otherwise keep."""
        if not active and level > on:
            return True
        if active and level < off:
            return False
        return active
    ''', fn=f2, on=on, off=off)
    k2 = f"assert {f2}(False, {on} + 1) is True and {f2}(True, ({on} + {off}) / 2) is True and {f2}(True, {off} - 1) is False and {f2}(False, ({on} + {off}) / 2) is False"
    tasks = [T(f0, f"Create the streaming state with a {w}-sample ring buffer", "window: int", "dict state", f"{f0}(window={w})",
               f"Return {{buf: [0.0] * window, idx: 0, count: 0, sum: 0.0, alarm: False}}, window = {w}.", "fixed memory", "none", c0, k0),
             T(f1, "Push a sample into the ring buffer and return the running mean", "state: dict; value: float", "float mean",
               f"{f1}(state, value)", "Overwrite the oldest sample, keep a running sum, O(1) per sample.", "no list growth", "none", c1, k1),
             T(f2, f"Update the alarm with hysteresis (on above {on}, off below {off})", "active: bool; level: float", "bool",
               f"{f2}(active, level, on={on}, off={off})", f"Schmitt trigger: inactive -> True when level > {on}; active -> False when level < {off}; else unchanged.", "none", "none", c2, k2)]
    entry_name = rng.choice(["on_sample", "process_sample", "handle_reading", "stream_step"])
    code = f'def {entry_name}(state, value):\n    """Streaming step: update the moving mean and the alarm; returns (mean, alarm)."""\n    mean = {f1}(state, value)\n    state["alarm"] = {f2}(state["alarm"], mean)\n    return mean, state["alarm"]'
    check = dedent(f'''
    import numpy as np
    s = {f0}({w})
    xs = [{off} - 3.0] * 20 + [{on} + 5.0] * 20 + [({on} + {off}) / 2] * 20 + [{off} - 5.0] * 20
    out = [{entry_name}(s, v) for v in xs]
    a, st = [], False
    for k in range(len(xs)):
        m = float(np.mean(xs[max(0, k - {w} + 1):k + 1]))
        st = (m > {on}) if not st else not (m < {off})
        a.append(st)
        assert abs(out[k][0] - m) < 1e-9
    assert [o[1] for o in out] == a
    assert out[30][1] is True and out[-1][1] is False
    ''')
    entry = _entry(entry_name, f"{entry_name}(state, value)", "Entry: process one streaming sample", "state: dict from the init task; value: new reading",
                   "tuple (mean, alarm)", f"mean = {f1}(state, value); state[\"alarm\"] = {f2}(state[\"alarm\"], mean) (on above {on}, off below {off}); return (mean, alarm).", "O(1) time and memory per sample", "none", code, check)
    ctx = f"{modality} readings arrive one at a time from a sensor callback; state is created once by {f0}({w})"
    ret = f"updates a {w}-sample moving mean and an alarm with hysteresis (on above {on}, off below {off}) and returns (mean, alarm)"
    extras = rng.choice([[], ["Memory must stay constant: no growing lists."], ["This runs on a gateway with little RAM."]])
    return _mk(rng, "anomaly", modality, ctx, f"{entry_name}(state, value)", ret, extras, tasks, entry, [])


GENERATORS = [("py_complementary", gen_complementary, 40), ("py_kalman", gen_kalman, 40), ("py_weighted_fusion", gen_weighted_fusion, 25),
              ("py_gps", gen_gps, 60), ("py_environment", gen_environment, 70), ("py_energy", gen_energy, 30), ("py_streaming", gen_streaming, 50)]
