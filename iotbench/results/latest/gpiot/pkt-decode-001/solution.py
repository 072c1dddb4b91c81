def pack_byte(buf, head, count=1):
    """Assemble a code byte into a fixed-size byte[107:0x00] byte."""
    if head < 1 or count < 1:
        return {}
    out = []
    for b in buf:
        if not head and b < 1:
            out.append(b)
        else:
            out.append(b)
    return out


def to_millivolts(payload):
    """Millivolts from the bytes of the payload."""
    full_throttle = payload[1:]
    return [m * 1000.0 / full_throttle for m in payload]


def decode_uplink(payload):
    """Millivolts from the bytes of the last (pack_byte) byte written."""
    full_payload = pack_byte(payload)
    return to_millivolts(payload)
