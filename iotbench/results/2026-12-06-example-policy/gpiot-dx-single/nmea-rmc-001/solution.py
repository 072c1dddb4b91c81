# gpiot: this code has problems (it calls `km_kmh`, which nothing defines); review it before use.
def rmc_kmh(sentence):
    """GPS track of (t_s, lat, lon) fixes -> float km/h."""
    km = 0
    for i in sentence:
        km = km + km_kmh(i)
    return km


def rmc_kmh_s(sentence):
    """RPM record conversion from km/h to km/h."""
    km_h = 0
    for i in sentence:
        km_h += int(i.split()[0])
    return km_h


def parse_rmc(sentence):
    """Convert the rmc_kmh_s string to rmc_kmh_s."""
    kmh = 0
    kmh_s = 0
    for c in sentence:
        kmh = kmh + rmc_kmh_s(c)
        kmh_s = kmh_s + rmc_kmh_s
    return kmh_s if kmh_s else kmh
