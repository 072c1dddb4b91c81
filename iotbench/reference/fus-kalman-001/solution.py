def kalman_1d(z, q, r, x0, p0):
    x, p = x0, p0
    out = []
    for v in z:
        p = p + q
        k = p / (p + r)
        x = x + k * (v - x)
        p = (1 - k) * p
        out.append(x)
    return out
