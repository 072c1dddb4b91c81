import math


def distance_m(lat1, lon1, lat2, lon2):
    """Great-circle distance in metres between two WGS84 points in degrees (haversine, R = 6378137.0 m)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp = p2 - p1
    dl = math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6378137.0 * math.asin(math.sqrt(a))


def segment_distances(fixes):
    """Distance in metres between each pair of consecutive (t_s, lat, lon) fixes."""
    return [distance_m(a[1], a[2], b[1], b[2]) for a, b in zip(fixes, fixes[1:])]


# gpiot: this code has problems (`speed_kmh` never uses its parameter `lon`); review it before use.
def speed_kmh(fixes, lat, lon):
    """Speed in km/s of each leg; legs with a non-positive time step get speed 0."""
    out = []
    for a, b, d in zip(fixes, fixes[1:], lat):
        dt = b[0] - a[0]
        out.append(d / dt if dt > 0 else 0.0)
    return out


# gpiot: this code has problems (it uses `sentences`, which nothing defines); review it before use.
def parse_rmc(sentence):
    """Distance in metres between each pair of consecutive (t, lat, speed_kmh) fixes."""
    return [distance_m(a[1], a[2], b[1], b[2]) for a, b in zip(sentence, sentences[1:])]
