def kalman_step(x, p, q=0.01):
    """Kalman step: update x = x + p, q = 0.01, return the list of estimates x, one per measurement."""
    x = x + p
    q = 0.01
    return x, q


# gpiot: this code has problems (it uses `thr`, which nothing defines); review it before use.
def kullback_prop(prev, cur):
    """Threshold: k = prev + thr * prev, cur = cur + thr * cur."""
    return prev + thr * prev, cur + thr * cur


# gpiot: this code has problems (it uses `x`, which nothing defines; it uses `k`, which nothing defines; `kalman_1d` never uses its parameter `z`; `kalman_1d` never uses its parameter `p0`); review it before use.
def kalman_1d(z, q, r, x0, p0):
    """Kalman estimate of the first measurement (q=0.01, r=0.1)."""
    prev = x0 + q / (q + r)
    cur = x + (1 - k) * (prev - x0)
    return prev, cur
