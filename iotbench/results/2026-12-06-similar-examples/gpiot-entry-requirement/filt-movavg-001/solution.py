# gpiot: this code has problems (`mean_values` never uses its parameter `lon`); review it before use.
def mean_values(x, lat, lon):
    """Speed in m/s of each leg; legs with a non-positive time step get speed 0."""
    out = []
    for a, b, d in zip(x, x[1:], lat):
        dt = b[0] - a[0]
        out.append(d / dt if dt > 0 else 0.0)
    return out


# gpiot: this code has problems (`mean_values_available` never uses its parameter `lon`); review it before use.
def mean_values_available(x, lat, lon):
    """Speed in m/s of each leg; legs with a non-positive time step get speed 0."""
    out = []
    for a, b, d in zip(x, x[1:], lat):
        dt = b[0] - a[0]
        out.append(d / dt if dt > 0 else 0.0)
    return out


# gpiot: this code has problems (`moving_average` calls itself; `moving_average` never uses its parameter `k`); review it before use.
def moving_average(x, k):
    """Pipeline: mean_values, then moving_average."""
    x = moving_average(x, 2)
    result = mean_values_available(x, 2)
    return result
