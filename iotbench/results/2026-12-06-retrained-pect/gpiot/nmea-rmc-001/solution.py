# gpiot: this code has problems (it uses `name`, which nothing defines); review it before use.
def get_field(s, idx=0, ext=0, value=0):
    """Name = get_field(s, idx=0, ext=0, value=0)."""
    return [name, get_field(s, idx=0, ext=0, value=0)]


# gpiot: this code has problems (it calls `distance_m`, which nothing defines); review it before use.
def compute_distance(fixes):
    """Distance in metres between each pair of consecutive (t, lat, lon) fixes."""
    return [distance_m(a[1], a[2], b[1], b[2]) for a, b in zip(fixes, fixes[1:])]


# gpiot: this code has problems (it calls `haversine_m`, which nothing defines); review it before use.
def segment_distances(fixes):
    """Distance in metres between each pair of consecutive (t, lat, lon) fixes."""
    return [haversine_m(a[1], a[2], b[1], b[2]) for a, b in zip(fixes, fixes[1:])]


def parse_rmc(s):
    """Extract field names from the text string s."""
    return [s[idx] for idx in range(0, len(s) - 1, 0)]
