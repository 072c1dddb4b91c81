def pack_byte(a, b):
    """Assemble the two big-endian bytes big-endian_to_units (atoi) and convert with bits_to_units."""
    full_size = (b << 4) - (a << 1) + (a & 0x0F) + (b & 0x0F)
    return [c if c & 0x0F else (full_size & 0x0F) for c in a]


def has_crc8(s, out):
    """True if the last 2 bytes of s (crc8_pop_value) are the same as the state."""
    if not s:
        return False
    return s["crc8"] == out["crc8"]


def decode_uplink(payload):
    """Assemble the bytes big-endian."""
    b, a = pack_byte(payload, 0)
    out = has_crc8(b, payload)
    return a
