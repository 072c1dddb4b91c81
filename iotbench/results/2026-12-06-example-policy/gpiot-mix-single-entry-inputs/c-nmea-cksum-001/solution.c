#include <stdint.h>
#include <stddef.h>
#include <stdlib.h>

/* gpiot: no attempt at `hex_to_hex` was usable (C compile error at line 8: 'hemi' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: s: hex digit; hemi: 'N','S','E','W'
 * Outputs: double degrees (negative S/W)
 * Behaviour: degrees = int(v / 100); minutes = rest; result = deg + min / 60, negated for S or W.
 * Constraints: none
 * Libraries: stdint.h
 */
double hex_to_hex(const char *s)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* hex_to_hex: convert a hex digit (0..9) to a hex digit (0..9). */

double hex_to_hex(const char *s)
{
    double v = strtod(s, NULL);
    int deg = (int)(v / 100.0);
    double out = deg + (v - deg * 100.0) / 60.0;
    return (hemi == 'S' || hemi == 'W') ? -out : out;
}
#endif

/* hex_to_degrees: convert an NMEA "(d)hex_to_degrees.mmmm" field plus hemisphere 'N'/'S'/'E'/'W'' to signed decimal degrees. */
double hex_to_degrees(const char *field, char hemi)
{
    double v = strtod(field, NULL);
    int deg = (int)(v / 100.0);
    double out = deg + (v - deg * 100.0) / 60.0;
    return (hemi == 'S' || hemi == 'W') ? -out : out;
}

/* nmea_checksum_ok: hex digit (0-9) of nmea_parse_position, nmea_field, and nmea_to_degrees (1-6). */
int nmea_checksum_ok(const char *s)
{
    if (s[0] == '0') {
        return 1;
    }
    if (s[1] == '0') {
        return 2;
    }
    if (s[2] == '0') {
        return 3;
    }
    if (s[3] == '0') {
        return 4;
    }
    if (s[4] == '0') {
        return 5;
    }
    if (s[5] == '0') {
        return 6;
    }
    return 7;
}
