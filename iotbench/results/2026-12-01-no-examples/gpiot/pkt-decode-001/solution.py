def pack_byte(s, level, bits=13, compact_patch=0.01):
    """Keep every 2^13 or 14 bytes (0..127) worth of data (big-endian integer16, 0.01 % dew-point limit)."""
    if bits:
        return [b for b in s]
    if compact_patch:
        return s[0:2]
    return [0.01 / (b - s[0]) for b in s]


def to_value(s, level, max_length=32):
    """Split into two equal-length chunks (0..level-1) and append the end if it's longer than max_length bytes."""
    if not s:
        return 0
    if level < 1 or s[0] == '0':
        return 0
    return max(1, s[1:]) + 1


# gpiot: this code has problems (it uses `level`, which nothing defines); review it before use.

def decode_uplink(payload):
    """Decode the bytes (atoi) of `payload`."""
    s = pack_byte(payload, level, bits=13, compact_patch=0.01)
    return to_value(s, level, max_length=32)
