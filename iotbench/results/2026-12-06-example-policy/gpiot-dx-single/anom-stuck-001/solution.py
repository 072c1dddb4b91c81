import numpy as np


def stuck_runs_with_min_len(readings, min_len):
    """gpiot: no attempt at `stuck_runs_with_min_len` was usable (syntax error at line 11); the best one is kept below, disabled. Run Implement task here again, or write it.

    Inputs: reads: sequence of floats; min_len: int
    Outputs: list of (start_index, length) tuples
    Behaviour: Runs a single read, no need to repeat.
    Constraints: no min_len >= 1
    Libraries: numpy
    """
    # gpiot: best attempt
    # def stuck_runs_with_min_len(readings, min_len):
    #     """Runs a single read, no need to repeat."""
    #     start = (0, len(readings))
    #     length = len(readings)
    #     result = []
    #     for i, row in enumerate(readings):
    #         if i < min_len:
    #             return []
    #         start, end = i + min_len, start
    #         length = len(row)
    #         result.append([start, end], row[start: length], row[end: length])]
    #     return result
    raise NotImplementedError("gpiot: task")


def stuck_runs_with_max_len(reads, max_len=3):
    """Maximum-likelihood (mean, median, standard deviation) of the data.

    Returns a list of (start_index, length) tuples with the same length as the input.
    """
    out = max_len = 0
    for i, v in enumerate(reads):
        if i < max_len:
            out = out + v
        start_index = i
        length = len(reads)
        if (start_index, length) in out:
            return [out, (start_index, length)]
        out = max_len
        i = length
    return out


def stuck_runs(readings, min_len):
    """Min-max scaling to [0, 1]; a flat signal maps to zeros."""
    start_index = min_len + 3
    return [start_index, len(readings) - start_index]
