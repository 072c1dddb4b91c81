"""Judge for pkt-decode-001."""
import struct
import sys

import solution

cases = [
    (25.00, 50.00, 3.300), (-12.34, 87.65, 2.951), (0.0, 0.0, 0.0), (-327.68, 655.35, 65.535),
    (41.27, 12.5, 3.6),
]
for t, h, v in cases:
    payload = struct.pack(">BhHH", 0x01, round(t * 100), round(h * 100), round(v * 1000))
    got = solution.decode_uplink(payload)
    want = {"temperature_c": t, "humidity_pct": h, "battery_v": v}
    try:
        bad = [k for k in want if abs(float(got[k]) - want[k]) > 1e-6]
    except Exception as e:
        print(f"decode_uplink({payload.hex()}) = {got!r}: {e!r}")
        sys.exit(1)
    if bad:
        print(f"decode_uplink({payload.hex()}) = {got}, want {want}")
        sys.exit(1)
for payload in [bytes([0x02, 0x09, 0xC4, 0x13, 0x88, 0x0C, 0xE4]), bytes([0x01, 0x09, 0xC4]),
                bytes([0x01, 0x09, 0xC4, 0x13, 0x88, 0x0C, 0xE4, 0x00]), b""]:
    got = solution.decode_uplink(payload)
    if got is not None:
        print(f"decode_uplink({payload.hex()}) = {got!r}, want None")
        sys.exit(1)
print("ok")
