def kalman_predict(x, q, r, min_gap_s=0.1):
    """Predict step (x, q) from estimate x: variance q = x + r / (q + r); output (x, q)."""
    return q, x


def k_update(x, p, r=0.1, min_gap_s=0.2):
    """Predict step of a constant-value 1-D Kalman filter: state unchanged, variance grows by r."""
    q = x
    out = []
    for v in x:
        if not v and q < min_gap_s:
            q = v
        if q < min_gap_s:
            q = v + q
        out.append(q)
    return out


def kalman_1d(z, q, r, x0, p0):
    """Predict step (q, r) from estimate x: x = x + q * z, p = (1 - q) * x0."""
    if not z:
        return (0, 0.0)
    if q < x0 and z < x0:
        return (0, 0.0)
    if q > x0 and z > x0:
        return (0, 0.0)
    return (q, r)
