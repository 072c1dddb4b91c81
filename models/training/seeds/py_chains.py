"""Chain problems: representation front end -> filters -> feature / detector, in Python.
Covers the filtering, anomaly, segmentation/feature and power families. The entry check
recomputes the whole chain with independent numpy/scipy references."""
from __future__ import annotations

import json
import random

from . import py_blocks as B
from . import py_features as F
from .common import Problem, Task, dedent, grid, modality_words, py_context, requirement

REP_DESC = {"list": "list", "numpy": "numpy array", "csv": "list of CSV text rows", "adc": "list of raw ADC counts"}


def _front(rng, rep, unit):
    if rep == "csv":
        blk, col = B.parse_csv(rng)
        return blk, dict(col=col)
    if rep == "adc":
        blk, bits, vref = B.adc_to_units(rng, unit=unit)
        return blk, dict(bits=bits, vref=vref)
    return None, {}


def _input_code(rep, info):
    """Check code that builds the entry input `_in` from _x and the reference start `_r`."""
    if rep == "csv":
        col = info["col"]
        cell = "f'{_i},{float(_v)!r},0'" if col == 1 else "f'{_i},0,{float(_v)!r}'"
        return f"_in = ['t,a,b'] + [{cell} for _i, _v in enumerate(_x)]\n_r = _x.copy()"
    if rep == "adc":
        full = (1 << info["bits"]) - 1
        return (f"_in = [int(v) for v in np.round((_x - _x.min()) / (_x.max() - _x.min()) * {full})]\n"
                f"_r = np.asarray(_in, dtype=float) * {info['vref']} / {full}")
    if rep == "numpy":
        return "_in = _x.copy()\n_r = _x.copy()"
    return "_in = [float(v) for v in _x]\n_r = _x.copy()"


def chain_behaviour(blks, var, out_desc, limit=200):
    """The entry's behaviour: every call with its parameter values, so the wiring code's
    constants come from the spec; names only when the calls do not fit the grammar bound."""
    calls = [b.call.replace("$in", var if i == 0 else "x") for i, b in enumerate(blks)]
    for text in ("x = " + "; x = ".join(calls) + f"; return {out_desc}.", "Call " + ", then ".join(calls) + f"; return {out_desc}.",
                 "Call " + ", then ".join(b.task.name for b in blks) + f" and return {out_desc}."):
        if len(json.dumps(text)) - 2 <= limit:
            return text
    return text


def build_chain(rng: random.Random, family: str, modality: str, rep: str, blocks: list, front, finfo,
                entry_name: str, var: str, fs: int, ending: str, out_desc: str, extras=(), where="") -> Problem:
    blks = ([front] if front else []) + blocks
    uses_fs = any(b.uses_fs for b in blks)
    args = f"{var}, fs" if uses_fs else var
    lines = []
    cur = var
    for i, b in enumerate(blks):
        target = "result" if i == len(blks) - 1 else "x"
        lines.append(f"    {target} = " + b.call.replace("$in", cur))
        cur = "x"
    libs = sorted({l.strip() for b in blks for l in b.task.libraries.split(",") if l.strip() != "none"})
    steps = ", then ".join(b.task.name for b in blks)
    doc = f'    """{ending[0].upper() + ending[1:]} from {REP_DESC[rep]} input: {steps}."""'
    if len(doc) > 96:
        doc = f'    """Pipeline: {steps}."""'
    code = f"def {entry_name}({args}):\n{doc}\n" + "\n".join(lines) + "\n    return result"
    uses = "fs = %d\n" % fs
    refs = "\n".join(b.ref for b in blks if b.ref != "pass" and b is not front)
    check = dedent(B.PRELUDE) + "\n" + uses + _input_code(rep, finfo) + "\n" + refs + f"\n_y = {entry_name}(_in{', fs' if uses_fs else ''})\n"
    kind = blks[-1].out_kind
    if kind in ("indices", "mask"):
        check += "assert list(_y) == list(_r), (_y, _r)\n"
    else:
        check += "assert _eq(_y, _r, 1e-5), (_y, _r)\n"
    inputs = f"{var}: {REP_DESC[rep]} of {modality} samples" + ("; fs: sampling rate in Hz" if uses_fs else "")
    entry = Task(name=entry_name, description=f"Entry: {ending}", inputs=inputs, outputs=out_desc,
                 signature=f"{entry_name}({args})",
                 behaviour=chain_behaviour(blks, var, out_desc),
                 constraints=" ".join(extras) if extras else "none", libraries=", ".join(libs) if libs else "none",
                 code=code, check=check)
    phrases = [b.phrase for b in blocks]
    pre = (front.phrase + "; ") if front else ""
    ctx = (f"{var} is a {REP_DESC[rep]} of {modality} readings" + (f" from {'an' if where[0] in 'aeiou' else 'a'} {where} sensor" if where else "")
           + (f" sampled at fs Hz" if uses_fs else ""))
    if front:
        ctx += f" ({front.phrase})"
    how = rng.choice(["processes it as follows: ", "does the following: ", "works in steps: ", "should "])
    ret = how + ", then ".join(phrases) + f", and return {out_desc}"
    if how == "should ":
        ret = "should " + ", then ".join(phrases) + f" and return {out_desc}"
    req = requirement(rng, ctx, f"{entry_name}({args})", ret, extras)
    return Problem(language="python", family=family, modality=modality, requirement=req,
                   tasks=[b.task for b in blks], entry=entry, context=py_context(rng, libs))


FILTER_MODS = ["accelerometer", "ppg", "ecg", "emg", "pressure", "temperature", "vibration", "gyroscope", "light", "humidity", "microphone"]


def _rep(rng):
    return rng.choice(["list", "list", "numpy", "csv", "adc"])


def _filter_choices(rng, rep, fs, modality):
    opts = [lambda: B.moving_average(rng, rep), lambda: B.median_filter(rng, rep), lambda: B.ema(rng, rep),
            lambda: B.savgol(rng, rep), lambda: B.butter(rng, rep, "low", fs), lambda: B.butter(rng, rep, "high", fs)]
    if fs >= 25:
        opts.append(lambda: B.butter(rng, rep, "band", fs))
    if fs >= 250 and modality in ("ecg", "emg", "current", "voltage", "microphone"):
        opts += [lambda: B.notch(rng, rep, fs)] * 2
    return opts


def gen_filtering(rng: random.Random) -> Problem:
    modality = rng.choice(FILTER_MODS)
    mw = modality_words(rng, modality)
    rep = _rep(rng)
    front, finfo = _front(rng, rep, mw["unit"])
    opts = _filter_choices(rng, rep, mw["fs"], modality)
    k = rng.choice([1, 2, 2])
    chosen = rng.sample(range(len(opts)), k)
    blocks = [opts[i]() for i in chosen]
    names = [b.task.name for b in blocks]
    if len(set(names)) < len(names):
        blocks = blocks[:1]
    tail = rng.random()
    if tail < 0.2:
        blocks.append(B.downsample(rng, rep))
    elif tail < 0.35:
        blocks.append(B.normalize(rng, rep))
    elif tail < 0.45:
        blocks.insert(0, B.clip_range(rng, rep, -grid(rng, 1.0, 5.0, 0.5), grid(rng, 2.0, 6.0, 0.5)))
    elif tail < 0.55:
        blocks.insert(0, B.remove_mean(rng, rep))
    if len(blocks) + (1 if front else 0) < 2:
        blocks.insert(0, B.remove_mean(rng, rep))
    entry = rng.choice([f"clean_{mw['var']}", f"filter_{modality}", f"preprocess_{modality}", f"denoise_{mw['var']}", "run_pipeline", f"condition_{modality}_signal"])
    out = "the filtered signal as a " + ("numpy array" if rep == "numpy" else "list of floats")
    extras = rng.choice([[], [], ["Use numpy and scipy."], [f"The sensor runs at {mw['fs']} Hz."], ["Keep the output aligned with the input where possible."]])
    p = build_chain(rng, "filtering", modality, rep, blocks, front, finfo, entry, mw["var"], mw["fs"], f"filter the {modality} signal", out, extras, mw["where"])
    return p


def gen_anomaly(rng: random.Random) -> Problem:
    modality = rng.choice(["temperature", "humidity", "pressure", "current", "vibration", "voltage", "light", "accelerometer"])
    mw = modality_words(rng, modality)
    rep = _rep(rng)
    front, finfo = _front(rng, rep, mw["unit"])
    blocks = []
    if rng.random() < 0.5:
        blocks.append(rng.choice([lambda: B.moving_average(rng, rep), lambda: B.median_filter(rng, rep), lambda: B.ema(rng, rep)])())
    kind = rng.choice(["z", "iqr", "hyst", "hystcount", "thr", "rollstd"])
    if kind == "z":
        blocks.append(F.zscore_anomalies(rng)); out = "a list of anomalous sample indices"
    elif kind == "iqr":
        blocks.append(F.iqr_outliers(rng)); out = "a list of outlier indices"
    elif kind == "hyst":
        blocks.append(F.hysteresis(rng)); out = "one alarm flag (bool) per sample"
    elif kind == "hystcount":
        blocks += [F.hysteresis(rng), F.count_events(rng)]; out = "the number of alarm events"
    elif kind == "thr":
        lim = grid(rng, 0.8, 2.5, 0.1)
        blocks.append(F.threshold_indices(rng, lim)); out = f"the indices above the limit {lim}"
    else:
        lim = grid(rng, 0.3, 1.0, 0.05)
        blocks += [F.rolling_std(rng, rep), F.threshold_indices(rng, lim)]; out = f"the start indices of windows whose std exceeds {lim}"
    if len(blocks) + (1 if front else 0) < 2:
        blocks.insert(0, B.clip_range(rng, rep, -grid(rng, 2.0, 8.0, 0.5), grid(rng, 2.0, 8.0, 0.5)))
    entry = rng.choice([f"detect_{modality}_anomalies", "find_anomalies", f"monitor_{mw['var']}", "run_pipeline", f"check_{modality}"])
    extras = rng.choice([[], [], ["Runs on a gateway; numpy is available."], [f"Readings arrive at {mw['fs']} Hz."]])
    return build_chain(rng, "anomaly", modality, rep, blocks, front, finfo, entry, mw["var"], mw["fs"], f"detect anomalies in {modality} data", out, extras, mw["where"])


def gen_features(rng: random.Random) -> Problem:
    modality = rng.choice(["accelerometer", "vibration", "microphone", "emg", "gyroscope", "current", "ppg"])
    mw = modality_words(rng, modality)
    rep = _rep(rng)
    front, finfo = _front(rng, rep, mw["unit"])
    blocks = []
    r = rng.random()
    if r < 0.3:
        blocks.append(B.remove_mean(rng, rep))
    elif r < 0.55:
        blocks.append(rng.choice(_filter_choices(rng, rep, mw["fs"], modality))())
    kind = rng.choice(["win", "win", "rms", "zc", "dom", "stats"])
    end = {"win": lambda: F.window_feature(rng, rep), "rms": lambda: F.rms(rng), "zc": lambda: F.zero_crossings(rng),
           "dom": lambda: F.dominant_freq(rng), "stats": lambda: F.stats_summary(rng)}[kind]()
    blocks.append(end)
    if kind == "zc" and not any(b.task.name in ("remove_mean", "remove_dc", "subtract_baseline", "center_signal") for b in blocks):
        blocks.insert(0, B.remove_mean(rng, rep))
    if len(blocks) + (1 if front else 0) < 2:
        blocks.insert(0, B.remove_mean(rng, rep))
    out = {"win": "one feature value per window", "rms": "the RMS value as a float", "zc": "the zero-crossing count",
           "dom": "the dominant frequency in Hz", "stats": "(mean, std, min, max)"}[kind]
    entry = rng.choice([f"extract_{modality}_features", "compute_features", f"analyze_{mw['var']}", "run_pipeline", f"{modality}_summary"])
    extras = rng.choice([[], [], ["numpy is available."]] + ([["Windows must not cross the end of the data."]] if kind == "win" else []))
    return build_chain(rng, "segmentation", modality, rep, blocks, front, finfo, entry, mw["var"], mw["fs"], f"extract features from the {modality} signal", out, extras, mw["where"])


def gen_power_rms(rng: random.Random) -> Problem:
    modality = rng.choice(["current", "voltage"])
    mw = modality_words(rng, modality)
    rep = rng.choice(["list", "numpy", "adc", "csv"])
    front, finfo = _front(rng, rep, mw["unit"])
    blocks = [B.remove_mean(rng, rep)]
    if rng.random() < 0.4:
        blocks.append(B.butter(rng, rep, "low", mw["fs"]))
    blocks.append(F.rms(rng))
    entry = rng.choice([f"{modality}_rms", f"measure_rms_{modality}", "true_rms", "run_pipeline"])
    unit = "A" if modality == "current" else "V"
    extras = rng.choice([[], ["The sensor output has a DC bias that must be removed first."], [f"Sampling rate is {mw['fs']} Hz."]])
    return build_chain(rng, "power", modality, rep, blocks, front, finfo, entry, mw["var"], mw["fs"], f"measure the true RMS {modality}", f"the RMS {modality} in {unit}", extras, mw["where"])


GENERATORS = [("py_filtering", gen_filtering, 260), ("py_anomaly", gen_anomaly, 150), ("py_features", gen_features, 160), ("py_power_rms", gen_power_rms, 50)]
