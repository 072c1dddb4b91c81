import struct


def decode_uplink(payload):
    if len(payload) != 7 or payload[0] != 0x01:
        return None
    _, t, h, mv = struct.unpack(">BhHH", bytes(payload))
    return {"temperature_c": t / 100.0, "humidity_pct": h / 100.0, "battery_v": mv / 1000.0}
