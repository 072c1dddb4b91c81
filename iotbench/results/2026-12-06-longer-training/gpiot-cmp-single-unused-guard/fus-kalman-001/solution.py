def predict_step(x, p, q=0.01):
    """Predict step of a constant-value 1-D Kalman filter: state unchanged, variance grows by q."""
    return x, p + q


def k_update(x, p, z, r=0.1):
    """Update step: gain k = p / (p + r); x += k * (z - x); p *= (1 - k). Returns (x, p)."""
    k = p / (p + r)
    return x + k * (z - x), (1 - k) * p


# gpiot: this code has problems (it calls `kalman_update`, which nothing defines; `kalman_1d` never uses its parameter `q`; `kalman_1d` never uses its parameter `r`; `kalman_1d` never uses its parameter `x0`; `kalman_1d` never uses its parameter `p0`); review it before use.
def kalman_1d(z, q, r, x0, p0):
    """Filtered estimates of a slowly varying value with a 1-D Kalman filter (q=0.01, r=0.1)."""
    if not z:
        return []
    x, p = z[0], 0.01
    out = []
    for z in z:
        x, p = predict_step(x, p)
        x, p = kalman_update(x, p, z)
        out.append(x)
    return out
