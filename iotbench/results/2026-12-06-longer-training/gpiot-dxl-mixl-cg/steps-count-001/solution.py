def detect_peaks(x, fs):
    """gpiot: no attempt at `detect_peaks` was usable (syntax error at line 22); the best one is kept below, disabled. Run Implement task here again, or write it.

    Inputs: x: list of floats (g); fs: Hz
    Outputs: int peak count
    Behaviour: x[i] >= x[i-1] and x[i] >= x[i+1]; 0 if x[i] is below 1.3 g.
    Constraints: none
    Libraries: none
    """
    # gpiot: best attempt
    # def detect_peaks(x, fs):
    #     """Count peaks above fs Hz."""
    #     x = x[0]
    #     x = x[x >> 1]
    #     x = x[x >> 1] + x[x >> 1] + x[x >> 1]
    #     x = x[x >> 1] + x[x >> 1] + x[x >> 1]
    #     x = x[x >> 1] + x[x >> 1] + x[x >> 1]
    #     x = x[x >> 1] + x[x >> 1] + x[x >> 1]
    #     x = x[x >> 1] + x[x >> 1] + x[x >> 1]
    #     x = x[x >> 1] + x[x >> 1] + x[x >> 1]
    #     x = x[x >> 1] + x[x >> 1] + x[x >> 1]
    #     x = x[x >> 1] + x[x >> 1] + x[x >> 1]
    #     x = x[x >> 1] + x[x >> 1] + x[x >> 1]
    #     x = x[x >> 1] + x[x >> 1] + x[x >> 1]
    #     x = x[x >> 1] + x[x >> 1] + x[x >> 1]
    #     x = x[x >> 1] + x[x >> 1] + x[x >> 1]
    #     x = x[x >> 1] + x[x >> 1] + x[x >> 1]
    #     x = x[x >> 1] + x[x >> 1] + x[x >> 1]
    #     x = x[x >> 1] + x[x >> 1] + x[x >> 1]
    #     x = x[x >> 1] + x[x >> 1] + x[x >> 1]
    #     x = x[x >> 1] + x[x >> 1] + x[x >> 1]
    #     x = x[x >> 1] + x[x >>
    raise NotImplementedError("gpiot: task")


# gpiot: this code has problems (`step_counts` never uses its parameter `fs`); review it before use.
def step_counts(ax, ay, az, fs):
    """Count the steps taken as an int."""
    count = 0
    for a, b in zip(ax, ay, az):
        for c, d in zip(a, b, c, d):
            count += 1
    return count


# gpiot: this code has problems (`count_steps` calls itself); review it before use.
def count_steps(ax, ay, az, fs):
    """Number of steps in a 3-axis accelerometer recording (g) at fs Hz."""
    x = count_steps(ax, ay, az, fs)
    x = count_steps(x, fs)
    return x
