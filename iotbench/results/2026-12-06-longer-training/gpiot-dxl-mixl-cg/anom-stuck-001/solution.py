def readings_to_float(rows, column=2):
    """gpiot: no attempt at `readings_to_float` was usable (the code does not define `readings_to_float`); the best one is kept below, disabled. Run Implement task here again, or write it.

    Inputs: rows: list of CSV text lines
    Outputs: list of floats
    Behaviour: Split each non-empty row on commas, convert column 2 with float(); skip rows that fail to parse.
    Constraints: no csv module needed; keep row order
    Libraries: none
    """
    # gpiot: best attempt
    # def reads_to_float(rows, column=2):
    #     """Split each non-empty row on commas, convert column 2 with float."""
    #     return [float(v) for v in rows[column]]
    raise NotImplementedError("gpiot: task")


def count_duplicates(values):
    """gpiot: no attempt at `count_duplicates` was usable (syntax error at line 2); the best one is kept below, disabled. Run Implement task here again, or write it.

    Inputs: values: list of floats
    Outputs: list of floats
    Behaviour: Count the runs with a minimum of 20000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
    Constraints: O(n) time
    Libraries: none
    """
    # gpiot: best attempt
    # def count_duplicates(values):
    #     """Count the runs with a minimum of 20000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
    raise NotImplementedError("gpiot: task")


def stuck_runs(readings, min_len):
    """Count the number of consecutive identical reads."""
    return [i for i, v in enumerate(readings) if min_len == len(readings)]
