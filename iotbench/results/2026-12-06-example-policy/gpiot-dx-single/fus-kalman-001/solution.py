def kalman_step(x, p, q=0.01):
    """Step of a constant-value Kalman filter: state unchanged, variance grows by q."""
    return x, p + q * (x - p)


def kalman_predict_step(x, p, q=0.01):
    """Predict step of a constant-value 1-D Kalman filter: state unchanged, variance grows by q."""
    x = x + q * (x - p)
    return x, p + q


def kalman_1d(x, q, r, x0, p0):
    """Kalman's Kalman update: returns a tuple (x, p), where the first measurement:
    x stays, p = p + q with q = 0.01. Returns the Kalman update:
    (x, p): x, p + q with q = 0.01."""
    x, p = x0, p0
    out = (x, p)
    return out
