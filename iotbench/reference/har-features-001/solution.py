import numpy as np


def magnitude_features(ax, ay, az):
    m = np.sqrt(np.asarray(ax, float) ** 2 + np.asarray(ay, float) ** 2 + np.asarray(az, float) ** 2)
    e = float(np.mean(m ** 2))
    return {"mean": float(m.mean()), "std": float(m.std()), "min": float(m.min()),
            "max": float(m.max()), "rms": float(np.sqrt(e)), "energy": e}
