/* Judge for c-nmea-cksum-001. */
#include <stdio.h>

int nmea_checksum_ok(const char *s);

static int check(const char *s, int w) {
    int g = nmea_checksum_ok(s);
    if ((g != 0) != w) { printf("nmea_checksum_ok(\"%s\") = %d, want %d\n", s, g, w); return 1; }
    return 0;
}

int main(void) {
    if (check("$GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,*47", 1)) return 1;
    if (check("$GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,*47\r\n", 1)) return 1;
    if (check("$GPRMC,123519,A,4807.038,N,01131.000,E,022.4,084.4,230394,003.1,W*6A", 1)) return 1;
    if (check("$GPRMC,123519,A,4807.038,N,01131.000,E,022.4,084.4,230394,003.1,W*6a", 1)) return 1;
    if (check("$GNGSA,A,3,10,12,24,25,32,,,,,,,,1.6,0.9,1.3*22", 1)) return 1;
    if (check("$GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,*48", 0)) return 1;
    if (check("$GPGGA,123519,4807.038,N,01131.000,E,1,09,0.9,545.4,M,46.9,M,,*47", 0)) return 1;
    if (check("$GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,", 0)) return 1;
    if (check("GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,*47", 0)) return 1;
    if (check("$GPGGA,123519*", 0)) return 1;
    if (check("$GPGGA,123519*4", 0)) return 1;
    if (check("", 0)) return 1;
    puts("ok");
    return 0;
}
