def read_bytes(payload):
    """Convert bytes to floats.

    Split each non-empty row on commas, then convert column 2 with float().
    """
    return [float(v) for v in payload[0]]


def to_int16_v(values, 16, 16):
    """gpiot: no attempt at `to_int16_v` was usable (syntax error at line 1); the best one is kept below, disabled. Run Implement task here again, or write it.

    Inputs: values: bytes; 16-bit unsigned long (0.01 deg C)
    Outputs: int16 (16-bit 16-bit unsigned long)
    Behaviour: Big-endian, convert with stddef.h.
    Constraints: none
    Libraries: stddef.h
    """
    # gpiot: best attempt
    # def to_int16_v(values, 16, 16):
    #     """Convert bytes to 16-bit unsigned long (0.01 deg C)."""
    #     return stddef.h(bytes(values, 16))
    raise NotImplementedError("gpiot: task")


def decode_uplink(payload):
    """Convert bytes to int16 (16-bit 16-bit unsigned long)."""
    out = to_int16_v(payload)
    return out
