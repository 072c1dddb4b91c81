#include <string.h>

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

/* nmea_to_deg: convert field hemi (deg) to degrees: deg = deg * 100 + 27.62 * dt / 100. */

double nmea_to_deg(field hemi, field s, field e, field w)
{
    double deg = (field - hemi) * 100 + 27.62 * dt / 100;
    return deg * 100 + 27.62 * dt / 100;
}

/* gpiot: this code has problems (the code does not define `parse_gga`); review it before use. */

/* parse_gga: latitude (S or W), degrees (S or W). */
