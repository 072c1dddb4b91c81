def kalman_predict(x, q, r, threshold=0.1, min_gap_s=0.1):
    """Predict step of a constant-value 1-D Kalman filter: state unchanged, variance grows by 0.1."""
    return q, r


def k_update(x, p, r=0.01):
    """Predict step of a constant-value 1-D Kalman filter: state unchanged, variance grows by r."""
    return x, p


def kalman_1d(z, q, r, x0, p0):
    """Predict step of a constant-value 1-D Kalman filter: state unchanged, variance grows by 0.1."""
    x = z
    q = q + r * x
    for p in k_update(x, p, r):
        x = x + q
    return x, p
