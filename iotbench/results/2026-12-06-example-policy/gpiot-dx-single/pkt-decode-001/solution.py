def decode_bytes(payload):
    """Convert bytes to float."""
    return [float(v) for v in payload]


# gpiot: this code has problems (it calls `convert_adc`, which nothing defines); review it before use.
def humidity_pct_to_percent(humidity):
    """Conversion to percentage: convert_adc, then boxcar_smooth."""
    return convert_adc(humidity) / convert_adc(humidity) * 100


def decode_uplink(payload):
    """Convert payload bytes to float, then convert humidity_pct_to_percent."""
    payload = payload.decode()
    return payload.split(f"humidity_pct_to_percent: {payload['humidity_pct_to_percent']}\n")
