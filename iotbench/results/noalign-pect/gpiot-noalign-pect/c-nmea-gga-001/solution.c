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

/* parse_gga: convert an NMEA "(d)ddmm.mmmm" field plus hemisphere 'N'/'S'/'E'/'W' to signed decimal degrees. */
double parse_gga(const char *field, char hemi)
{
    double v = strtod(field, NULL);
    int deg = (int)(v / 100.0);
    double out = deg + (v - deg * 100.0) / 60.0;
    return (hemi == 'S' || hemi == 'W') ? -out : out;
}

/* parse_gga: 1 if the sentence "$...*HH" has a correct XOR checksum of the characters
   between '$' and '*', else 0. */
int parse_gga_2(const char *s, double *lat, double *lon, int *sats)
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
