def predict_step(x, p, q=0.01):
    """Predict step of a constant-value 1-D Kalman filter: state unchanged, variance grows by q."""
    return x, p + q


def k_update(x, p, z, r=0.1):
    """Update step: gain k = p / (p + r); x += k * (z - x); p *= (1 - k). Returns (x, p)."""
    k = p / (p + r)
    return x + k * (z - x), (1 - k) * p


def kalman_1d(z, q, r, x0, p0):
    """gpiot: no attempt at `kalman_1d` was usable (syntax error at line 4; it calls `kalman_update`, which nothing defines); the best one is kept below, disabled. Run Implement task here again, or write it.

    Inputs: z: measurement; q: process noise; r: measurement noise variance; x0; p0
    Outputs: tuple (x, p)
    Behaviour: x stays, p = p + q with q = 0.01.
    Constraints: none
    Libraries: none
    """
    # gpiot: best attempt
    # def kalman_1d(z, q, r, x0, p0):
    #     """Filtered estimates of a slowly varying value with a 1-D Kalman filter (q=0.01, r=0.1)."""
    #     if not z:
    #         return (x, p), (p + q), (q + r), (q + r).
    #     x, p = measurements[0], 1.0
    #     out = []
    #     for z in measurements:
    #         x, p = predict_step(x, p)
    #         x, p = kalman_update(x, p, z)
    #         out.append(x)
    #     return (x, p), (p + q), (q + r).
    raise NotImplementedError("gpiot: entry")
