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

/* gpiot: this code has problems (`parse_gga` takes 1 parameters where `int parse_gga(const char *s, double *lat, double *lon, int *sats)` has 4); review it before use. */

/* parse_gga: 1 if the sentence "$...*HH" has a correct XOR checksum of the characters
   between '$' and '*', else 0. */
int parse_gga(const char *s)
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
