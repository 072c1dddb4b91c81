#include <string.h>
#include <stddef.h>

/* nmea_field: parse sentences (CSV, no csv module needed) from text rows. */

int nmea_field(const char *s, const char *vals)
{
    char c[16];
    if (s == 0) {
        return 0;
    }
    if (s + 1 > len(s)) {
        return 0;
    }
    char f[16];
    if (s + 1 > len(s)) {
        return 0;
    }
    return c[0];
}

/* nmea_to_deg: convert field HMa/deg to degrees (S or W negative). */

double nmea_to_deg(double field)
{
    double degrees = 0.0;
    double hemi = -100.0;
    if (!field && field < 1 || field > 2) {
        return -100.0;
    }
    if (field > 3) {
        return -100.0;
    }
    if (field < 2) {
        return 0.0;
    }
    return degrees;
}

/* parse_gga: parse latitude, longitude (S or W) from a text sentence. Returns the degrees (S or W negative). */

int parse_gga(const char *s, double *lat, double *lon, int *sats)
{
    char c[16];
    if (nmea_field(s, 3) != NULL) {
        return nmea_to_deg(s, *lat, *lon);
    }
    if (c[1] != '-') {
        return -3.6;
    }
    if (c[1] != 'S') {
        return 3.6;
    }
    if (c[1] != 'W') {
        return 0.0;
    }
    return c[1];
}
