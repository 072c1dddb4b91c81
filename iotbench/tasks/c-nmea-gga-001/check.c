/* Judge for c-nmea-gga-001: real-world style GGA sentences, both hemispheres, no-fix and other types. */
#include <math.h>
#include <stdio.h>

int parse_gga(const char *s, double *lat, double *lon, int *sats);

static int ok(const char *s, double wlat, double wlon, int wsats) {
    double lat = 999, lon = 999;
    int sats = -1;
    int r = parse_gga(s, &lat, &lon, &sats);
    if (r != 1 || fabs(lat - wlat) > 1e-6 || fabs(lon - wlon) > 1e-6 || sats != wsats) {
        printf("parse_gga(\"%s\") = %d, lat %.7f lon %.7f sats %d; want 1, %.7f %.7f %d\n",
               s, r, lat, lon, sats, wlat, wlon, wsats);
        return 1;
    }
    return 0;
}

static int rejected(const char *s) {
    double lat = 0, lon = 0;
    int sats = 0;
    int r = parse_gga(s, &lat, &lon, &sats);
    if (r != 0) { printf("parse_gga(\"%s\") = %d, want 0\n", s, r); return 1; }
    return 0;
}

int main(void) {
    if (ok("$GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,*47",
           48 + 7.038 / 60, 11 + 31.0 / 60, 8)) return 1;
    if (ok("$GNGGA,092750.000,5321.6802,N,00630.3372,W,1,8,1.03,61.7,M,55.2,M,,*68\r\n",
           53 + 21.6802 / 60, -(6 + 30.3372 / 60), 8)) return 1;
    if (ok("$GPGGA,002153.000,3342.6618,S,15119.6711,E,1,10,1.2,27.0,M,22.0,M,,*70",
           -(33 + 42.6618 / 60), 151 + 19.6711 / 60, 10)) return 1;
    if (ok("$GNGGA,171500.00,0123.4567,N,17959.9990,W,2,12,0.7,3.1,M,-20.1,M,,0000*43",
           1 + 23.4567 / 60, -(179 + 59.999 / 60), 12)) return 1;
    if (rejected("$GPGGA,002153.000,,,,,0,00,99.99,,,,,,*53")) return 1;
    if (rejected("$GPGGA,120000.00,4807.038,N,01131.000,E,,05,1.0,545.4,M,46.9,M,,*53")) return 1;
    if (rejected("$GPGGA,120000.00,4807.038,N,01131.000,E,0,05,1.0,545.4,M,46.9,M,,*53")) return 1;
    if (rejected("$GPGGA,120000.00,,N,01131.000,E,1,05,1.0,545.4,M,46.9,M,,*53")) return 1;
    if (rejected("$GPRMC,123519,A,4807.038,N,01131.000,E,022.4,084.4,230394,003.1,W*6A")) return 1;
    if (rejected("")) return 1;
    puts("ok");
    return 0;
}
