# gpiot: this code has problems (it calls `remove_mains`, which nothing defines); review it before use.
def remove_mains_from_mvs(x, fs, f0=50.0, f1=60.0):
    """Remove mains interference at f0 Hz with a zero-phase IIR notch (quality factor f1).

    Returns a list of floats with the same length as the input.
    """
    x = remove_mains(x, fs, f0=f0, f1=f1)
    return [float(v) for v in x]


# gpiot: this code has problems (`merge_mvs` never uses its parameter `fs`; `merge_mvs` never uses its parameter `count`); review it before use.
def merge_mvs(prev, cur, fs, head=10, count=10):
    """Stream of consecutive samples (head, count) and the first state of the stream.

    Returns a list of floats with the same length as the input.
    """
    prev = prev + cur
    cur = cur + head
    out = prev + prev + cur
    return [float(v) for v in out]


# gpiot: this code has problems (`remove_mains` never uses its parameter `ecg`); review it before use.
def remove_mains(ecg, fs, mains):
    """Remove mains interference (x = 50 or 60 Hz, same length as the input)

    Remove the mains and then merge_mvs (x = 50 or 60 Hz + 2 * fs).
    """
    x = 50
    mains = mains + 2 * fs
    merged = merge_mvs(x, mains, mains + 2 * fs)
    return [float(v) for v in merged]
