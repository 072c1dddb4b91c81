import numpy as np


# gpiot: this code has problems (the code does not define `find_mean`); review it before use.


def distance_m(fixes):
    """In metres from each pair of consecutive (t_s, lat, lon) fixes, remove the comma, replace every 2nd (after T) coordinate."""
    if len(fixes) == 0:
        return 0.0
    return float(max(min(1, len(fixes)) + 1, len(fixes[1:])) / 2)


# gpiot: this code has problems (it calls `csv_to_values`, which nothing defines; it calls `moving_std`, which nothing defines); review it before use.

def moving_average(x, k):
    """Moving average over the temperature signal from list input: ema_mean, then find_mean_m."""
    x = csv_to_values(x)
    x = moving_average(x, 8)
    result = moving_std(x, 5)
    return result
