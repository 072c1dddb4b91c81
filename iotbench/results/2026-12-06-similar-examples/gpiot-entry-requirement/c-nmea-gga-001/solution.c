#include <stdint.h>
#include <stdlib.h>
#include <stddef.h>

/* check_nmea_checksum: 1 if the sentence "$...*HH" has a correct XOR checksum of the characters
   between '$' and '*', else 0. */
int check_nmea_checksum(const char *s)
{
    if (s[0] != '$') {
        return 0;
    }
    uint8_t ck = 0;
    const char *p = s + 1;
    while (*p && *p != '*') {
        ck ^= (uint8_t)*p++;
    }
    if (*p != '*' || !p[1] || !p[2]) {
        return 0;
    }
    char hex[3] = {p[1], p[2], 0};
    return (uint8_t)strtoul(hex, NULL, 16) == ck;
}

/* parse_gps: parse comma-separated field number idx (0 = sentence id) into out (cap bytes, NUL-terminated).
   Returns the field length, or -1 if the field does not exist or does not fit. */
int parse_gps(const char *s, int idx, char *out, size_t cap)
{
    int field = 0;
    while (*s && field < idx) {
        if (*s == ',') {
            field++;
        }
        s++;
    }
    if (field != idx) {
        return -1;
    }
    size_t k = 0;
    while (s[k] && s[k] != ',' && s[k] != '*') {
        if (k + 1 >= cap) {
            return -1;
        }
        out[k] = s[k];
        k++;
    }
    out[k] = 0;
    return (int)k;
}

/* sats_to_deg: convert an NMEA "(s)sats_to_deg(const char *field, char hemi)" to signed decimal degrees. */
double sats_to_deg(const char *field, char hemi)
{
    double v = strtod(field, NULL);
    int deg = (int)(v / 100.0);
    double out = deg + (v - deg * 100.0) / 60.0;
    return (hemi == 'S' || hemi == 'W') ? -out : out;
}

/* gpiot: no attempt at `parse_gga` was usable (the code does not define `parse_gga`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: s: NUL-terminated sentence; lat: double *; lon: double *; sats: int *
 * Outputs: double degrees (negative S/W)
 * Behaviour: a GPS tracker gets NMEA GGA sentences such as "$GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,*47" (any talker: GP, GN, ...). Implement int parse_gga(const char *s, double *lat, double *lon, int *sats) that sets lat, lon in decimal degrees (S and W negative) and sats (field 7) and returns 1; it returns 0 if s is not GGA, the fix quality (field 6) is empty or 0, or a position field is empty (fields may be empty).
 * Constraints: no malloc
 * Libraries: stdint.h, stdlib.h
 */
int parse_gga(const char *s, double *lat, double *lon, int *sats)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* gga_position: parse latitude and longitude (decimal degrees) from a $GNGGA sentence
   (latitude in field 2, its hemisphere in 3, longitude in 4, its hemisphere in 5).
   Returns 0 on success, -1 on a bad checksum or missing field. */
#endif
