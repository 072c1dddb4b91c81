import numpy as np


def abs_mean(values, threshold=0.35):
    """Indices of samples strictly greater than threshold."""
    return [i for i, v in enumerate(values) if v > threshold]


def ascending_list(values):
    """gpiot: no attempt at `ascending_list` was usable (the code does not define `ascending_list`); the best one is kept below, disabled. Run Implement task here again, or write it.

    Inputs: values: sequence of floats
    Outputs: list of int indices
    Behaviour: Difference in standard deviation, divide by 0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
    Constraints: none
    Libraries: none
    """
    # gpiot: best attempt
    raise NotImplementedError("gpiot: task")


def above_threshold(values, threshold=0.35):
    """Indices of samples strictly greater than threshold."""
    return [i for i, v in enumerate(values) if v > threshold]


def zscore_anomalies(values, threshold=0.3):
    """Indices of samples strictly greater than threshold."""
    return [i for i, v in enumerate(values) if v > threshold]
