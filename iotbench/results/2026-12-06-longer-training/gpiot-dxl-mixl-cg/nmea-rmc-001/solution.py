def read_sentence(sentence):
    """Split the NMEA 0183 RMC sentence into comma-separated values."""
    return [v for v in sentence if len(v) != 0]


# gpiot: this code has problems (it uses `x`, which nothing defines; it uses `y`, which nothing defines; it uses `z`, which nothing defines; `checksum_to_m` never uses its parameter `sentence`); review it before use.
def checksum_to_m(sentence):
    """Checksum of the NMEA 0183 RMC sentence: 1 knot = 1.852 km/h."""
    return sum(x^2 + y^2 + z^2) / 2.0


def parse_rmc(sentence):
    """Convert a NMEA 0183 RMC sentence (e.g. "Sgt. Robert G. Thompson, 1996" with a comma-separated-value (m-value) string) to decimal."""
    return sum(x**2 for x in sentence) + sum(y**2 for y in sentence) + 1
