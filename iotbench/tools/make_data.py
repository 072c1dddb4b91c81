#!/usr/bin/env python3
"""Regenerate the real-data slices under iotbench/tasks/*/data/.

Needs `pip install aeon neurokit2` (both on PyPI; the datasets ship inside the aeon wheel, the
ECG/PPG come from neurokit2's seeded simulators). The judges never import these packages: they
read the files written here with numpy only. Every slice is deterministic (fixed indices and
seeds), so running this again writes the same files.

    python3 iotbench/tools/make_data.py [TASKS_DIR]
"""
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
TASKS = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "tasks"


def out(task, name):
    d = TASKS / task / "data"
    d.mkdir(parents=True, exist_ok=True)
    return d / name


def source(task, text):
    out(task, "SOURCE.md").write_text(text.strip() + "\n")


def aeon_dir():
    import aeon
    return Path(aeon.__file__).parent / "datasets" / "data"


# ---------------------------------------------------------------- BasicMotions (IMU, HAR)
def basic_motions():
    from aeon.datasets import load_basic_motions
    Xtr, ytr = load_basic_motions(split="train")
    Xte, yte = load_basic_motions(split="test")
    note = ("aeon {v}, `aeon.datasets.load_basic_motions(split=...)` (BasicMotions, UEA archive: "
            "smartwatch accelerometer x/y/z then gyroscope x/y/z, 10 s windows at 10 Hz, classes "
            "standing/walking/running/badminton; accelerometer values are as shipped).")
    import aeon
    note = note.format(v=aeon.__version__)

    # har-rules-001: the whole test split (40 windows, 6 channels, 100 samples).
    np.save(out("har-rules-001", "windows.npy"), Xte.astype(np.float32))
    out("har-rules-001", "labels.txt").write_text("\n".join(str(s) for s in yte) + "\n")
    source("har-rules-001", f"""
# Source
{note}
- windows.npy: float32 array (40, 6, 100) = the full *test* split, in the shipped order.
- labels.txt: the 40 class labels, one per line.
""")

    # c-har-class-001: accelerometer channels of the train split, as text for the C judge.
    lines = []
    for x, lab in zip(Xtr, ytr):
        code = ["standing", "walking", "running", "badminton"].index(str(lab))
        vals = " ".join(f"{v:.5f}" for v in x[:3].reshape(-1))
        lines.append(f"{code} {vals}")
    out("c-har-class-001", "windows.txt").write_text("\n".join(lines) + "\n")
    source("c-har-class-001", f"""
# Source
{note}
- windows.txt: the full *train* split (40 windows), accelerometer only. One window per line:
  class code (0 standing, 1 walking, 2 running, 3 badminton), then 100 ax, 100 ay, 100 az values.
""")

    # har-features-001: 8 train windows (2 per class), accelerometer only.
    idx = []
    for lab in ["standing", "walking", "running", "badminton"]:
        idx += list(np.where(ytr == lab)[0][:2])
    np.save(out("har-features-001", "windows.npy"), Xtr[idx, :3].astype(np.float32))
    source("har-features-001", f"""
# Source
{note}
- windows.npy: float32 (8, 3, 100): accelerometer x/y/z of train windows {idx}
  (the first two of each class: standing, walking, running, badminton).
""")

    # har-sma-001: a 60 s stream stitched from train windows: standing, walking, running,
    # standing, badminton, walking (10 s each).
    order = []
    for lab, k in [("standing", 0), ("walking", 0), ("running", 0), ("standing", 1),
                   ("badminton", 0), ("walking", 1)]:
        order.append(int(np.where(ytr == lab)[0][k]))
    stream = np.concatenate([Xtr[i, :3] for i in order], axis=1)
    np.save(out("har-sma-001", "stream.npy"), stream.astype(np.float32))
    source("har-sma-001", f"""
# Source
{note}
- stream.npy: float32 (3, 600): accelerometer x/y/z of train windows {order} placed end to end
  (standing, walking, running, standing, badminton, walking), i.e. a 60 s stream at 10 Hz.
""")

    # seg-domfreq-001: gyroscope x of 3 walking and 3 running test windows.
    sel = list(np.where(yte == "walking")[0][:3]) + list(np.where(yte == "running")[0][:3])
    np.save(out("seg-domfreq-001", "gyro.npy"), Xte[sel, 3].astype(np.float32))
    source("seg-domfreq-001", f"""
# Source
{note}
- gyro.npy: float32 (6, 100): gyroscope x of test windows {sel} (3 walking, then 3 running), 10 Hz.
""")


# ---------------------------------------------------------------- Daphnet (accelerometer, mg)
def daphnet():
    import pandas as pd
    import aeon
    df = pd.read_csv(aeon_dir() / "Daphnet_S06R02E0" / "S06R02E0.csv")
    note = (f"aeon {aeon.__version__}, bundled file `datasets/data/Daphnet_S06R02E0/S06R02E0.csv` "
            "(Daphnet Freezing of Gait, subject S06 run 2: 3 accelerometers at 64 Hz in mg; "
            "this recording has no freezing episode).")
    trunk = df[["trunk_horiz_fwd", "trunk_vert", "trunk_horiz_lateral"]].to_numpy(float) / 1000.0
    # 30 s of trunk acceleration, in g, as background activity for the fall judges.
    sl = trunk[0:30 * 64].T
    for task in ["fall-detect-001", "fall-events-001"]:
        np.save(out(task, "trunk_g.npy"), sl.astype(np.float32))
        source(task, f"""
# Source
{note}
- trunk_g.npy: float32 (3, 1920) = rows 0..1919 of columns trunk_horiz_fwd, trunk_vert,
  trunk_horiz_lateral divided by 1000 (mg -> g): 30 s of daily activity at 64 Hz.
  The judge injects synthetic falls (free-fall dip + impact + lying still) into copies of it.
""")
    mag = np.sqrt((sl ** 2).sum(axis=0))
    out("c-fall-001", "trunk_mag_g.txt").write_text("\n".join(f"{v:.4f}" for v in mag) + "\n")
    source("c-fall-001", f"""
# Source
{note}
- trunk_mag_g.txt: 1920 values, the magnitude (in g) of rows 0..1919 of the three trunk
  columns divided by 1000: 30 s of daily activity at 64 Hz. The judge injects synthetic falls.
""")
    ankle = df["ankle_vert"].to_numpy(float)[2000:2000 + 640] / 1000.0
    np.save(out("seg-resample-001", "ankle_vert_g.npy"), ankle.astype(np.float64))
    source("seg-resample-001", f"""
# Source
{note}
- ankle_vert_g.npy: float64 (640,) = rows 2000..2639 of column ankle_vert divided by 1000
  (mg -> g): 10 s of walking at 64 Hz.
""")


# ---------------------------------------------------------------- UCR anomaly (KDD-TSAD 135)
def kdd_tsad():
    import pandas as pd
    import aeon
    df = pd.read_csv(aeon_dir() / "KDD-TSAD_135" / "135_UCR_Anomaly_InternalBleeding16_TEST.csv")
    vals = df["value"].to_numpy(float)
    lab = np.where(df["is_anomaly"].to_numpy() == 1)[0]
    out("anom-discord-001", "series.txt").write_text("\n".join(f"{v:.5f}" for v in vals) + "\n")
    source("anom-discord-001", f"""
# Source
aeon {aeon.__version__}, bundled file
`datasets/data/KDD-TSAD_135/135_UCR_Anomaly_InternalBleeding16_TEST.csv` (UCR Time Series Anomaly
Archive no. 135, InternalBleeding16: a physiological pressure signal, one anomaly).
- series.txt: all {vals.size} values. Samples 0..1199 are the normal training part; the labelled
  anomaly spans samples {lab.min()}..{lab.max()} (is_anomaly == 1).
""")


# ---------------------------------------------------------------- power: ItalyPowerDemand, ACSF1
def power():
    import aeon
    from aeon.datasets import load_italy_power_demand
    X, _ = load_italy_power_demand(split="train")
    days = X[:20, 0, :]  # 20 days x 24 hourly values (z-normalised per day in the archive)
    mw = 1000.0 + 150.0 * days.reshape(-1)
    np.save(out("anom-zscore-001", "hourly_mw.npy"), mw)
    source("anom-zscore-001", f"""
# Source
aeon {aeon.__version__}, `aeon.datasets.load_italy_power_demand(split="train")` (ItalyPowerDemand,
UCR archive: Italian electrical demand, 24 hourly values per day, z-normalised per day).
- hourly_mw.npy: float64 (480,) = the first 20 train days end to end, rescaled to
  1000 + 150 * z so it reads like a demand in MW. The judge injects spikes into copies.
""")
    Xt, _ = load_italy_power_demand(split="test")
    mw = 1000.0 + 150.0 * Xt[:30, 0, :].reshape(-1)
    np.save(out("anom-rolling-001", "hourly_mw.npy"), mw)
    source("anom-rolling-001", f"""
# Source
aeon {aeon.__version__}, `aeon.datasets.load_italy_power_demand(split="test")` (ItalyPowerDemand,
UCR archive: Italian electrical demand, 24 hourly values per day, z-normalised per day).
- hourly_mw.npy: float64 (720,) = the first 30 test days end to end, rescaled to
  1000 + 150 * z so it reads like a demand in MW. The judge injects faults into copies.
""")
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from aeon.datasets import load_acsf1
        X, y = load_acsf1(split="train")
    i = int(np.where(y == "3")[0][0])
    np.save(out("anom-iqr-001", "power_w.npy"), 60.0 + 25.0 * X[i, 0])
    source("anom-iqr-001", f"""
# Source
aeon {aeon.__version__}, `aeon.datasets.load_acsf1(split="train")` (ACSF1, UCR archive: appliance
power consumption, 1460 samples per record, z-normalised per record).
- power_w.npy: float64 (1460,) = train record {i} (the first of class "3"), rescaled to
  60 + 25 * z so it reads like watts; it contains a few real start-up surges.
""")


# ---------------------------------------------------------------- neurokit2 ECG / PPG
def ecg_truth(clean, fs):
    import neurokit2 as nk
    _, info = nk.ecg_peaks(clean, sampling_rate=fs)
    r = np.asarray(info["ECG_R_Peaks"], int)
    w = int(0.03 * fs)  # snap to the local maximum of the clean signal
    return np.array([max(0, p - w) + int(np.argmax(clean[max(0, p - w):p + w + 1])) for p in r])


def neurokit():
    import neurokit2 as nk
    v = nk.__version__
    cases = []
    for name, fs, hr, seed in [("a", 250, 62, 11), ("b", 360, 88, 12), ("c", 250, 128, 13)]:
        clean = nk.ecg_simulate(duration=20, sampling_rate=fs, heart_rate=hr, noise=0,
                                random_state=seed, method="ecgsyn")
        peaks = ecg_truth(clean, fs)
        rng = np.random.default_rng(seed)
        t = np.arange(clean.size) / fs
        noisy = (clean + 0.25 * np.sin(2 * np.pi * 0.2 * t + seed) + 0.05 * rng.standard_normal(t.size)
                 + 0.04 * np.sin(2 * np.pi * 50 * t))
        bpm = 60.0 * fs / float(np.mean(np.diff(peaks)))
        for task in ["hr-ecg-001", "rpeak-ecg-001"]:
            np.save(out(task, f"ecg_{name}.npy"), noisy.astype(np.float32))
        np.save(out("rpeak-ecg-001", f"rpeaks_{name}.npy"), peaks.astype(np.int32))
        cases.append({"file": f"ecg_{name}.npy", "fs": fs, "bpm": round(bpm, 2),
                      "rpeaks": f"rpeaks_{name}.npy"})
    (TASKS / "hr-ecg-001" / "data" / "cases.json").write_text(
        json.dumps([{k: c[k] for k in ("file", "fs", "bpm")} for c in cases], indent=1) + "\n")
    (TASKS / "rpeak-ecg-001" / "data" / "cases.json").write_text(
        json.dumps([{k: c[k] for k in ("file", "fs", "rpeaks")} for c in cases], indent=1) + "\n")
    txt = f"""
# Source
neurokit2 {v}, `nk.ecg_simulate(duration=20, sampling_rate=fs, heart_rate=hr, noise=0,
random_state=seed, method="ecgsyn")` for (fs, hr, seed) = (250, 62, 11), (360, 88, 12),
(250, 128, 13) -> ecg_a, ecg_b, ecg_c. Each file is that clean ECG plus 0.25 mV baseline wander
at 0.2 Hz, white noise (sd 0.05, numpy default_rng(seed)) and 0.04 mV of 50 Hz hum (float32).
True R peaks: `nk.ecg_peaks` on the clean signal, snapped to the clean local maximum (+-30 ms).
"""
    source("hr-ecg-001", txt + "- cases.json: file, fs and the true mean heart rate (60 fs / mean RR).\n")
    source("rpeak-ecg-001", txt + "- rpeaks_*.npy: the true R-peak sample indices; cases.json lists them.\n")

    clean = nk.ecg_simulate(duration=10, sampling_rate=500, heart_rate=70, noise=0,
                            random_state=21, method="ecgsyn")
    np.save(out("filt-notch-001", "ecg_clean.npy"), clean.astype(np.float64))
    source("filt-notch-001", f"""
# Source
neurokit2 {v}: `nk.ecg_simulate(duration=10, sampling_rate=500, heart_rate=70, noise=0,
random_state=21, method="ecgsyn")`, saved as float64 (5000,). The judge adds mains hum.
""")
    clean = nk.ecg_simulate(duration=20, sampling_rate=250, heart_rate=75, noise=0,
                            random_state=22, method="ecgsyn")
    np.save(out("filt-baseline-001", "ecg_clean.npy"), clean.astype(np.float64))
    source("filt-baseline-001", f"""
# Source
neurokit2 {v}: `nk.ecg_simulate(duration=20, sampling_rate=250, heart_rate=75, noise=0,
random_state=22, method="ecgsyn")`, saved as float64 (5000,). The judge adds baseline wander.
""")
    clean = nk.ecg_simulate(duration=120, sampling_rate=250, heart_rate=70, heart_rate_std=4,
                            noise=0, random_state=23, method="ecgsyn")
    peaks = ecg_truth(clean, 250)
    np.save(out("hrv-metrics-001", "rpeaks_250hz.npy"), peaks.astype(np.int32))
    source("hrv-metrics-001", f"""
# Source
neurokit2 {v}: R peaks of `nk.ecg_simulate(duration=120, sampling_rate=250, heart_rate=70,
heart_rate_std=4, noise=0, random_state=23, method="ecgsyn")` found with `nk.ecg_peaks` and
snapped to the local maximum (+-30 ms). rpeaks_250hz.npy: int32 sample indices at 250 Hz.
""")
    ppg = nk.ppg_simulate(duration=30, sampling_rate=50, heart_rate=72, random_state=31)
    out("c-peaks-001", "ppg.txt").write_text("\n".join(f"{v:.5f}" for v in ppg) + "\n")
    source("c-peaks-001", f"""
# Source
neurokit2 {v}: `nk.ppg_simulate(duration=30, sampling_rate=50, heart_rate=72, random_state=31)`,
1500 values, one per line (5 decimals).
""")


if __name__ == "__main__":
    basic_motions()
    daphnet()
    kdd_tsad()
    power()
    neurokit()
    print("data written under", TASKS)
