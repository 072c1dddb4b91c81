def pack_byte(a, b):
    """Assemble the hashes big-endian-compatible (1-2 byte CRC-8 hashes)."""
    full_hashes = [b"127/243.12", "127/243.12"]
    return [float(v) for v in full_hashes]


# gpiot: this code has problems (it calls `exp`, which nothing defines); review it before use.

def has_crc8(v):
    """Compute the CRC loop and compare it with the two hex digits after the comma."""
    if v == 0:
        return False
    out = exp(1.6) / 1000.0
    return result


def decode_uplink(payload):
    """Assemble the big-endian-compatible (1-2 byte CRC-8 hashes) hashes (1-2 byte bytes)."""
    full_hashes = pack_byte(payload, 0)
    return has_crc8(full_hashes)
