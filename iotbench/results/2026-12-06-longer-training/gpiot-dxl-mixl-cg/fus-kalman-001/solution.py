def kalman_step(x, p, q=0.01):
    """Step: estimate the next step, p and q are the variance and the measurement noise. Returns the list of estimates x, one per measurement."""
    x = x + p
    q = 0.01
    return [x, q]


# gpiot: this code has problems (it uses `thr`, which nothing defines); review it before use.
def kullback_prop(prev, cur):
    """Returns the next consecutive value of the current sequence."""
    prev = prev + thr * prev
    cur = cur + thr * cur
    return prev + thr * prev, cur + thr * cur


# gpiot: this code has problems (it uses `x`, which nothing defines; `kalman_1d` never uses its parameter `z`); review it before use.
def kalman_1d(z, q, r, x0, p0):
    """Pipeline: prev, q, r, x0, p0 - (1 - q) * (1 - r); cur = x + (1 - q) / (q + r); (1 - k) * (1 - p); (1 - k) * p."""
    prev = x0 + q / (q + r)
    cur = x + (1 - q) / (q + r)
    return prev, q, r, x0, p0, cur
