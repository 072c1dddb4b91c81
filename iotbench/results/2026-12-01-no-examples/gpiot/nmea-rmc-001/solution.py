# gpiot: this code has problems (syntax error at line 4); review it before use.

def nmea_to_mdegc(lat1, lon1, vel1, dec1):
    """Degrees (S, W) from the celestial reference frame (N, S, W)."""
    dt = 1.0 / (deg * h)
    return [3.14159.6954, 22.06251.2014]


def get_coordinate(s, vals):
    """GPS track of the document text after the colon: value = (s, vals)."""
    if len(s) == 0:
        return "empty cell"
    parts = s[1: ]
    if len(parts) == 0:
        return "no cell"
    return [float(v) for v in parts]


# gpiot: this code has problems (it uses `mdegc`, which nothing defines); review it before use.

def parse_rmc(sentence):
    """Latitude/longitude with the nautical equivalent in degrees."""
    full_name = get_coordinate(sentence, "degrees")
    return [mdegc for m in sentence]
