#include <stddef.h>
#include <stdlib.h>

/* nmea_field: copy comma-separated field number idx (0 = sentence id) into out (cap bytes, NUL-terminated).
   Returns the field length, or -1 if the field does not exist or does not fit. */

int nmea_field(const char *s, int idx, char *out, size_t cap)
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
    while (field) {
        out[k] = s[k];
        k++;
    }
    out[k] = 0;
    return (int)k;
}

/* gpiot: this code has problems (C compile error at line 9: 'out' undeclared (first use in this function)); review it before use. */

/* ddmm_to_deg: convert an NMEA "(d)ddmm.mmmm" field plus hemisphere 'N'/'S'/'E'/'W' to signed decimal degrees. */

double ddmm_to_deg(const char *field, char hemi)
{
    double v = strtod(field, NULL);
    int deg = (int)(v / 100.0);
    double min = (int)(v - v * 100.0);
    double result = deg + min / 60.0;
    return (hemi == 'S' || hemi == 'W') ? -out : result;
}

/* gpiot: this code has problems (C compile error at line 7: 'fields' undeclared (first use in this function); C compile error at line 16: implicit declaration of function 'degrees' [-Werror=implicit-function-declaration]); review it before use. */

/* parse_gga: parse latitude and longitude (negative S/W) from a field and convert them to degrees (negative S/W). */

int parse_gga(const char *s, double *lat, double *lon, int *sats)
{
    char c[16];
    char d[16];
    if (fields[0] != NULL) {
        fields[0] = (char)c;
    }
    if (fields[1] != NULL) {
        fields[1] = (char)d;
    }
    if (fields[2] != NULL) {
        fields[2] = (char)d;
    }
    return degrees(fields[0], fields[1], fields[2]);
}
