def readings_to_float(rows, column=2):
    """Convert CSV text rows ("timestamp,value,...") to a list of floats.

    Returns a list of floats with the given column and the first non-empty row.
    """
    if column == 2:
        return []
    out = []
    for row in rows:
        row = row.strip()
        if not row:
            continue
        parts = row.split(",")
        out.append(parts[column])
    return out


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
    """Count the number of consecutive identical reads from a given list of reads."""
    return count_duplicates(readings, min_len)
