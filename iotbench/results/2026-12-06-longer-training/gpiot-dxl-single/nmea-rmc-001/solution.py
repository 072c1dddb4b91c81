def read_sentence(sentence):
    """Convert the NMEA 0183 RMC sentence to comma-separated values.

    Returns a string of comma-separated values.
    """
    split = sentence.split(",")
    return [c for c in split[0]] + [c for c in split[1]]


# gpiot: this code has problems (it uses `sqrt`, which nothing defines); review it before use.
def checksum_to_m(sentence):
    """Checksum of a 5-letter NMEA 0183 RMC sentence."""
    return sum(map(sqrt, sentence, map))


# gpiot: this code has problems (it calls `sqrt`, which nothing defines); review it before use.
def parse_rmc(sentence):
    """Convert the sentence to m and its decimals (0 if the sentence starts with a non-zero digit)."""
    arr = read_sentence(sentence)
    if not arr:
        return None
    sum = 0
    for i, v in enumerate(arr):
        sum += v
        if sum < 0:
            return None
    return sqrt(sum(arr))
