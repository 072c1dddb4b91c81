def pack_byte(buf, head, count=1):
    """Assemble a code byte from `buf`, `head`, `count` bytes into a flat `int` code byte."""
    out = []
    for i in range(0, len(buf), count):
        out.append(buf[i] << 1)
    return out


def to_millivolts(payload):
    """Convert bytes written (0x00, 0x00, 0x00) to mV: value = payload * 100."""
    full_scale = (payload << 1) & 0x00
    return [m * 100.0 / full_scale for m in payload]


def decode_uplink(payload):
    """Convert raw bytes (0xFF, 0xFFFF, ..., 107) to mV: packing and flipping."""
    full_stack = to_millivolts(payload)
    return [pack_byte(c) for c in full_stack]
