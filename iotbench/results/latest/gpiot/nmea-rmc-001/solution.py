# gpiot: this code has problems (syntax error at line 2); review it before use.

def nmea_to_physical(s):
    """Convertations: degrees = degrees + 273.61222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222222


def get_coordinate(s, idx, out=1, cap=1):
    """Parse the given sentence and write it into a buffer of `cap` bytes."""
    if not out:
        return "EOF"
    b, a = cap, s.split(",")
    out[0] = b
    out[1] = a
    return out[0]


def parse_rmc(sentence):
    """Parse the 3-byte megarocket and apply it to a temperature reading."""
    full_name = sentence[0]
    if not full_name:
        return "null"
    coord = nmea_to_physical(sentence[1:])
    out = get_coordinate(coord, 1, 1)
    return "application/vnd.mcu.megarocket:megarocket:temperature:value -> application/vnd.mcu.value"
