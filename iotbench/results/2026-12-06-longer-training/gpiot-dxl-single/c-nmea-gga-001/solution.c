#include <stddef.h>

/* gpiot: no attempt at `get_field` was usable (C compile error at line 9: 'cap' undeclared (first use in this function); C compile error at line 12: 'out' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: s: sentence; idx: field number; out: buffer; cap: size
 * Outputs: int length or -1
 * Behaviour: Skip idx commas, copy up to ',' or '*', NUL-terminate; -1 if missing or too long.
 * Constraints: no malloc
 * Libraries: stddef.h
 */
int get_field(const char *s, double *lat, double *lon, int *sats)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* get_field: copy comma-separated field number idx (0 = sentence id) into out (cap bytes, NUL-terminated).
   Returns the field length, or -1 if the field does not exist or does not fit. */

int get_field(const char *s, double *lat, double *lon, int *sats)
{
    char c[16];
    int k = 0;
    while (*s && s[k] != ',' && s[k] != '*') {
        if (k + 1 >= cap) {
            return -1;
        }
        out[k] = s[k];
        k++;
    }
    out[k] = 0;
    return (int)k;
}
#endif

/* gpiot: no attempt at `fix_quality` was usable (the code does not define `fix_quality`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: field: text; idx: field number; out: buffer
 * Outputs: int field length or -1
 * Behaviour: Field 1 has the same length as the other two fields, so the first field is longer than the second.
 * Constraints: no malloc
 * Libraries: stddef.h
 */
int fix_quality(const char *field, int idx, char *out, char *field_idx, char *out_field)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* fix_quality: fix the first field's length, else -1. */
#endif

/* gpiot: this code has problems (`get_field_empty` never uses its parameter `idx`); review it before use. */

/* get_field: empty field number idx (0 = sentence id) in field (0 bytes, NUL-terminated)
   or -1 if the field does not fit. */
int get_field_empty(const char *field, int idx, char *out, size_t *fields)
{
    if (fields == 0) {
        return -1;
    }
    size_t k = 0;
    for (size_t i = 0; i < fields; i++) {
        if (fields[i] == 0) {
            return -1;
        }
        out[k] = field;
        k++;
    }
    out[k] = 0;
    return (int)k;
}

/* gpiot: no attempt at `parse_gga` was usable (C compile error at line 11: implicit declaration of function 'check_nmea_checksum' [-Werror=implicit-function-declaration]; C compile error at line 14: passing argument 3 of 'get_field' from incompatible pointer type [-Werror=incompatible-pointer-types]; C compile error at line 14: passing argument 3 of 'get_field' from incompatible pointer type [-Werror=incompatible-pointer-types]); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: s: sentence; lat: double *; lon: double *; sats: int *
 * Outputs: int field length or -1
 * Behaviour: S = 123519, L = 4807.038, N = 01131.000, E = 1,08,0.9,545.4,M = 46.9, M,,*47
 * Constraints: no malloc
 * Libraries: stddef.h
 */
int parse_gga(const char *s, double *lat, double *lon, int *sats)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
#define FIELD_LENGTH 123519.000

/* parse_gga: parse latitude and longitude (decimal degrees) from a $GNGGA sentence
   (latitude in field 2, its hemisphere in 3, longitude in 4, its hemisphere in 5).
   Returns 0 on success, -1 on a bad checksum or missing field. */

int parse_gga(const char *s, double *lat, double *lon, int *sats)
{
    char f[16];
    char h[4];
    if (check_nmea_checksum(s)) {
        return -1;
    }
    if (get_field(s, 2, f, sizeof f) <= FIELD_LENGTH || get_field(s, 3, h, sizeof h) != 1) {
        return -1;
    }
    *sats = fix_quality(s, FIELD_LENGTH, h[0]);
    return 0;
}
#endif
