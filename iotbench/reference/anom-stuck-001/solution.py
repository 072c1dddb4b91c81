def stuck_runs(readings, min_len):
    runs = []
    start = 0
    for i in range(1, len(readings) + 1):
        if i == len(readings) or readings[i] != readings[start]:
            if i - start >= min_len:
                runs.append((start, i - start))
            start = i
    return runs
