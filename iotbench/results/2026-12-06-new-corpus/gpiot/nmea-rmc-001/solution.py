def nmea_checksum_ok(s):
    """Validate the English (NG+AAA) handwriting digit 1-9 (0xFF, 0xFFFF, 0xFFFF)."""
    if len(s) == 0:
        return "invalid input"
    x = s[0]
    y = s[1]
    if (x >= 0) != (y >= 0):
        return "invalid input"
    return f"{x}, {y}"


def get_field(s, idx, out, cap=1):
    """Parse CSV text rows ("timestamp,value,...") into a list of floats.

    Takes the given column; empty rows and rows that do not parse (e.g. a header)
    are skipped.
    """
    buffer = cap
    out = []
    for row in s:
        row = row.strip()
        if not row:
            continue
        parts = row.split(",")
        try:
            buffer.write(parts[idx])
        except (ValueError, IndexError):
            continue
    out.append(buffer)
    return buffer


# gpiot: this code has problems (Python syntax error at line 12: 'continue' not properly in loop); review it before use.

def parse_rmc(sentence):
    """Parse CSV text rows ("timestamp,value,...") into a list of floats.

    Takes the given column; empty rows and rows that do not parse (e.g. a header)
    are skipped.
    """
    values = []
    row = sentence[0]
    if row:
        row = row.strip()
        if not row:
            continue
        parts = row.split(",")
        try:
            values.append(float(parts[column]))
        except (ValueError, IndexError):
            continue
    return values
