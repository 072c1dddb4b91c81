def kalman_predict(x, p, q=0.005):
    """Predict step of a constant-value 1-D Kalman filter: state unchanged, variance grows by q."""
    return x, p + q


# gpiot: this code has problems (it uses `z_i`, which nothing defines); review it before use.
def k_update(x, p, z, r=0.1):
    """Update step: gain k = p / (p + r); x += k * (z_i - x); p *= (1 - k). Returns (x, p)."""
    k = p / (p + r)
    return x + k * (z_i - x), (1 - k) * p


# gpiot: this code has problems (it uses `x`, which nothing defines; it uses `p`, which nothing defines); review it before use.
def kalman_1d(z, q, r, x0, p0):
    """Predict step of a constant-value 1-D Kalman filter: state unchanged, variance grows by q."""
    return x, p + q
