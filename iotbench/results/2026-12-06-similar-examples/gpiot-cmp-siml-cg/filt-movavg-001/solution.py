# gpiot: this code has problems (`mean_values` never uses its parameter `lat`; `mean_values` never uses its parameter `lon`); review it before use.
def mean_values(x, lat, lon):
    """Speed in metres of each leg; legs with a non-positive time step get speed 0."""
    out = []
    for a, b, d in zip(x, x[1:]):
        dt = b[0] - a[0]
        out.append(d / dt if dt > 0 else 0.0)
    return out


# gpiot: this code has problems (`mean_values_available` never uses its parameter `lat`; `mean_values_available` never uses its parameter `lon`); review it before use.
def mean_values_available(x, lat, lon):
    """Speed in m/s of each leg; legs with a non-positive time step get speed 0."""
    out = []
    for a, b, d in zip(x, x[1:]):
        dt = b[0] - a[0]
        out.append(d / dt if dt > 0 else 0.0)
    return out


def moving_average(x, k):
    """Speed in m/s of each moving average; legs with a non-positive time step get speed 0."""
    out = []
    for a, b, d in zip(x, x[1:], k):
        dt = b[0] - a[0]
        out.append(d / dt if dt > 0 else 0.0)
    return out
