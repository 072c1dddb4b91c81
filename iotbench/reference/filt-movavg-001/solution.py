def moving_average(x, k):
    out, s = [], 0.0
    for i, v in enumerate(x):
        s += v
        if i >= k:
            s -= x[i - k]
        out.append(s / min(i + 1, k))
    return out
