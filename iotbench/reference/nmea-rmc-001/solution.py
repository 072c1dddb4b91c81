from functools import reduce


def parse_rmc(sentence):
    s = sentence.strip()
    if not s.startswith("$") or "*" not in s:
        return None
    body, _, cs = s[1:].partition("*")
    try:
        if reduce(lambda a, c: a ^ ord(c), body, 0) != int(cs[:2], 16) or len(cs) < 2:
            return None
    except ValueError:
        return None
    f = body.split(",")
    if len(f) < 8 or f[0][2:] != "RMC" or f[2] != "A":
        return None
    lat = int(f[3][:2]) + float(f[3][2:]) / 60.0
    lon = int(f[5][:3]) + float(f[5][3:]) / 60.0
    if f[4] == "S":
        lat = -lat
    if f[6] == "W":
        lon = -lon
    return lat, lon, float(f[7]) * 1.852
