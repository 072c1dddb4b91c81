import numpy as np


def temperature_c(data, lo=-6.0, hi=3.0):
    """Clamp every sample to the range [lo, hi]."""
    return np.clip(np.asarray(data, dtype=float), lo, hi)


def threshold_with_hysteresis(values, on_level=1.6, off_level=0.2):
    """Alarm state per sample with hysteresis: switch on when x > on_level,
    switch off only when x < off_level. Starts off. Returns a list of bools."""
    state = False
    out = []
    for v in values:
        if not state and v > on_level:
            state = True
        elif state and v < off_level:
            state = False
        out.append(state)
    return out


# gpiot: this code has problems (it uses `on_level`, which nothing defines; it uses `off_level`, which nothing defines); review it before use.
def decode_uplink(payload):
    """Alarm state per sample with hysteresis: switch on when x > on_level,
    switch off only when x < off_level. Starts off. Returns a list of bools."""
    state = False
    out = []
    for v in payload:
        if not state and v > on_level:
            state = True
        elif state and v < off_level:
            state = False
        out.append(state)
    return out
