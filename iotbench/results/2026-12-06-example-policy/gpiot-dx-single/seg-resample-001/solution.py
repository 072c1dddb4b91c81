def interpolate_k(x, k, fs_in, fs_out):
    """Pipeline: interpolate_k, then k samples."""
    x = x.asarray(x, dtype=float)
    result = []
    for i in range(len(x) - k - 1):
        x = x[i:i + k]
        result.append(x)
    return result


# gpiot: this code has problems (it uses `k`, which nothing defines); review it before use.
def fs_out_k(x, fs_out=k):
    """Pipeline: fs_out_k, then fs_out."""
    x = fs_out_k(x, fs_out=k)
    return [x]


def resample_linear(x, fs_in, fs_out):
    """gpiot: no attempt at `resample_linear` was usable (syntax error at line 3); the best one is kept below, disabled. Run Implement task here again, or write it.

    Inputs: x: list of samples in Hz
    Outputs: list of k samples
    Behaviour: x = interpolate_k(x, fs_out_k, fs_in_k, fs_out_k, fs_out_k, fs_in_k, fs_out_k, fs_out_k, fs_in_k, fs_out_k, fs_out_k, fs_in_k, fs_out_k, fs_out_k, fs_in_k, fs_out_k, fs_out_k, fs_out_k, fs_out_k, fs_i
    Constraints: no need to interpolate
    Libraries: none
    """
    # gpiot: best attempt
    # def resample_linear(x, fs_in, fs_out):
    #     """Interpolate the data from a list of samples in Hz: interpolate_k."""
    #     x = interpolate_k(x, fs_out_k, fs_in_k, fs_out_k, fs_out_k, fs_in_k, fs_out_k, fs_out_k, fs_in_k, fs_out_k, fs_out_k, fs_in_k, fs_out_k, fs_out_k, fs_in_k, fs_out_k, fs_out_k, fs_in_k, fs_out_k, fs_out_k, fs_in_k, fs_out_k, fs_out_k, fs_in_k, fs_out_k, fs_out_k, fs_out_k, fs_out_k, fs_out_k, fs_out_k, fs_out_k, fs_out_k, fs_out_k, fs_out_k, fs_out_k, fs_out_k, fs_out_k, fs_out_k, fs_out_k, fs_out_k, fs_out_k, fs_out_k, fs_out_k, fs_out_k, fs_out_k, fs_out_k, fs_out_k, fs_out_k, fs_out_k, fs_out_k, fs_out_k, fs_out_k, fs_out_k, fs_out_k, fs_out_k, fs_out_k, fs_out_k, fs_out_k, fs_out_k, fs_out_k, fs_out_k, fs_out_k, fs_out_k, fs_out_k, fs_out_k, fs_out_k, fs_out_k, fs_out_k, fs_out_k, fs_out_k, fs_out_k, fs_out_k, fs_out_k, fs_out_k, fs_out_k, fs_out_k, fs_out_k, fs_out_k, fs_out_k
    raise NotImplementedError("gpiot: entry")
