def sliding_windows(x, size, overlap):
    hop = size - overlap
    return [list(x[s:s + size]) for s in range(0, len(x) - size + 1, hop)]
