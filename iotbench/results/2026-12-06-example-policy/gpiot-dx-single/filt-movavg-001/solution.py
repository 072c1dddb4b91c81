def mean_readings(x, k):
    """Mean of the x-values in a list of (t_s, lat, lon) fixes."""
    return [x[i] for i in range(len(x) - k, 0, -1) if x[i] == k]


def k_mean(x):
    """gpiot: no attempt at `k_mean` was usable (syntax error at line 3); the best one is kept below, disabled. Run Implement task here again, or write it.

    Inputs: x: list of (t_s, lat, lon)
    Outputs: list of floats in degrees
    Behaviour: x = x + k; return [x[i] for i in range(len(x))].
    Constraints: none
    Libraries: none
    """
    # gpiot: best attempt
    # def k_mean(x):
    #     """Mean of a list of (t_s, lat, lon) values."""
    #     return [x[i] for i in range(len(x))]]
    raise NotImplementedError("gpiot: task")


def moving_average(x, k):
    """Mean of the (t_s, lat, lon) points in a list of (t_s, lat, lon)."""
    x = mean_readings(x, k_mean)
    return [x.mean(), x.mean_readings(k_mean), x.mean(), x.mean_readings(k_mean)]
