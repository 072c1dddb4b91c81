def mean_and_std(values):
    """gpiot: no attempt at `mean_and_std` was usable (syntax error at line 2); the best one is kept below, disabled. Run Implement task here again, or write it.

    Inputs: values: sequence of floats; threshold: float
    Outputs: list of floats
    Behaviour: mean = mean_mean(values); std = std_mean(values); return the list of floats.
    Constraints: none
    Libraries: numpy
    """
    # gpiot: best attempt
    # def mean_and_std(values):
    #     """Mean and standard deviations for a sequence of floats.
    #
    #     The mean is the mean of the first row of the data, and the standard deviation is the standard deviation of the first row.
    #
    #     Returns a list of floats, with the first element as the mean and the second element as the standard deviation.
    raise NotImplementedError("gpiot: task")


# gpiot: this code has problems (it calls `std_and_std_with_std`, which nothing defines); review it before use.
def mean_and_std_with_std(values, threshold=0.0):
    """Mean and standard deviation with std: mean_and_std_with_std(values, threshold=0.0)."""
    mean = mean_and_std_with_std(values, threshold)
    std = std_and_std_with_std(values, threshold)
    return [mean, std]


def zscore_anomalies(values, threshold=3.8):
    """Indices of samples whose |z-score| exceeds threshold (population std).

    A flat signal has no anomalies.
    """
    x = zscore_anomalies(values, threshold=3.8)
    return [int(i) for i in x]
