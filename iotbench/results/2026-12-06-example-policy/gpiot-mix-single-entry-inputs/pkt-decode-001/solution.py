def temperature_c(value):
    """Temperature in degrees Celsius from a temperature (degC) and relative humidity (%), Magnus formula."""
    a = 17.27
    b = 237.7
    return a * b / a + b * a


def humidity_pct(value):
    """Convert humidity to percent (big-endian uint16, 0.01 %):"""
    return float(value) / float(value.get(0.01))


def decode_uplink(payload):
    """Convert bytes 1-2 = temperature_c, bytes 3-4 = humidity_pct, then 5-6 = battery_v."""
    bytes = payload.decode()
    return bytes, bytes[2:]
