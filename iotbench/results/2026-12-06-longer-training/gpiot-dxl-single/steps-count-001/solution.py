# gpiot: this code has problems (it uses `x_max_max`, which nothing defines); review it before use.
def detect_peaks(x, fs):
    """Peak detection: x[i] >= x[i-1] and x[i] >= x[i+1]; 0 if x[i] is below 1.3 g."""
    x = x[0]
    if x < x_min:
        return None
    x_min = x_min + fs
    if x_max < x_max:
        return None
    x_max = x_max + fs
    if x_max < x_max_min:
        return None
    x_max_min = x_max_max
    return x_max_max


# gpiot: this code has problems (it calls `count`, which nothing defines); review it before use.
def step_counts(ax, ay, az, fs):
    """Count the steps taken as an int."""
    return int(count(ax, ay, az, fs))


def count_steps(ax, ay, az, fs):
    """gpiot: no attempt at `count_steps` was usable (syntax error at line 5; `count_steps` calls itself; it calls `steps`, which nothing defines); the best one is kept below, disabled. Run Implement task here again, or write it.

    Inputs: ax; ay; az; fs: Hz
    Outputs: int count of steps
    Behaviour: x = count_steps(ax, ay, az, fs); x = count_steps(x, fs); return count of steps.
    Constraints: none
    Libraries: none
    """
    # gpiot: best attempt
    # def count_steps(ax, ay, az, fs):
    #     """Count steps in a 3-axis accelerometer recording (g) at fs Hz."""
    #     x = count_steps(ax, ay, az, fs)
    #     x = count_steps(x, fs)
    #     return count of steps(x)
    raise NotImplementedError("gpiot: entry")
