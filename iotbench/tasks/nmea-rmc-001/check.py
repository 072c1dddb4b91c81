"""Judge for nmea-rmc-001."""
import sys

import solution

good = [
    ("$GPRMC,123519,A,4807.038,N,01131.000,E,022.4,084.4,230394,003.1,W*6A",
     (48 + 7.038 / 60, 11 + 31.0 / 60, 22.4 * 1.852)),
    ("$GNRMC,083559.00,A,4717.11437,N,00833.91522,E,0.004,77.52,091202,,,A*49\r\n",
     (47 + 17.11437 / 60, 8 + 33.91522 / 60, 0.004 * 1.852)),
    ("$GPRMC,101010,A,3723.2475,S,12158.3416,W,010.0,270.0,010120,,*1B",
     (-(37 + 23.2475 / 60), -(121 + 58.3416 / 60), 10.0 * 1.852)),
]
bad = [
    "$GPRMC,225446,V,4916.45,N,12311.12,W,000.5,054.7,191194,020.3,E*7F",   # status V
    "$GPRMC,123519,A,4807.038,N,01131.000,E,022.4,084.4,230394,003.1,W*6B",  # wrong checksum
    "$GPRMC,123519,A,4807.038,N,01131.000,E,022.4,084.4,230394,003.1,W",     # no checksum
    "$GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,*47",     # not RMC
]
for s, want in good:
    got = solution.parse_rmc(s)
    try:
        vals = [float(v) for v in got]
    except Exception:
        print(f"parse_rmc({s!r}) = {got!r}, want {want}")
        sys.exit(1)
    if len(vals) != 3 or any(abs(a - b) > 1e-6 for a, b in zip(vals, want)):
        print(f"parse_rmc({s!r}) = {got}, want {want}")
        sys.exit(1)
for s in bad:
    got = solution.parse_rmc(s)
    if got is not None:
        print(f"parse_rmc({s!r}) = {got!r}, want None")
        sys.exit(1)
print("ok")
