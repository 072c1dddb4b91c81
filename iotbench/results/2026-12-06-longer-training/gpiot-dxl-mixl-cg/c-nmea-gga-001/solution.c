#include <stddef.h>

/* get_field: copy comma-separated field number idx (0 = sentence id) into out (cap bytes, NUL-terminated).
   Returns the field length, or -1 if the field does not exist or does not fit. */
int get_field(const char *s, int idx, char *out, size_t cap)
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

/* gpiot: no attempt at `fix_quality` was usable (C compile error at line 4: redefinition of parameter 'field_idx'; C compile error at line 4: conflicting types for 'field'; have 'char *'; C compile error at line 14: 'out' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
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
/* fix_quality: field length of the first field (0 = sentence id) is longer than the second field (1 = field number).
   Returns -1 if the field does not exist or does not fit. */

int fix_quality(const char *field, int idx, char *field_idx, char *field_idx, char *field)
{
    if (field == 0) {
        return -1;
    }
    size_t k = 0;
    while (field[k] != ',' && field[k] != '*') {
        if (k + 1 >= field_idx) {
            return -1;
        }
        out[k] = field[k];
        k++;
    }
    out[k] = 0;
    return (int)k;
}
#endif

/* gpiot: no attempt at `get_field_empty` was usable (C compile error at line 6: 'field' redeclared as different kind of symbol); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: field: text; idx: field number; out: buffer
 * Outputs: int field length or -1
 * Behaviour: Empty or empty with no file; -1 if the field is empty.
 * Constraints: O(1) time
 * Libraries: stddef.h
 */
int get_field_empty(const char *field, int idx, char *out, size_t *fields)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* get_field_empty: empty field (0 = sentence id) in the first field (0 bytes, NUL-terminated).
   Returns the field length, or -1 if the field does not exist or does not fit. */

int get_field_empty(const char *field, int idx, char *out, size_t *fields)
{
    int field = 0;
    while (*field != 0) {
        field++;
    }
    if (*field != 0) {
        return -1;
    }
    size_t k = 0;
    while (*field != 0) {
        field++;
    }
    out[k] = field;
    return (int)k;
}
#endif

/* gpiot: no attempt at `parse_gga` was usable (C compile error at line 9: implicit declaration of function 'check_nmea_checksum' [-Werror=implicit-function-declaration]; C compile error at line 12: passing argument 3 of 'get_field' from incompatible pointer type [-Werror=incompatible-pointer-types]; C compile error at line 12: passing argument 3 of 'get_field' from incompatible pointer type [-Werror=incompatible-pointer-types]); the best one is kept below, disabled. Run Implement task here again, or write it.
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
/* parse_gga: parse latitude and longitude (decimal degrees) from a $GNGGA sentence
   (latitude in field 2, its hemisphere in 3, longitude in 4, its hemisphere in 5).
   Returns 0 on success, -1 on a bad checksum or missing field. */

int parse_gga(const char *s, double *lat, double *lon, int *sats)
{
    char f[16];
    char h[4];
    if (!check_nmea_checksum(s)) {
        return -1;
    }
    if (get_field(s, 2, f, sizeof f) <= 0 || get_field(s, 3, h, sizeof h) != 1) {
        return -1;
    }
    *lat = parse_coordinate(f, h[0]);
    if (get_field(s, 4, f, sizeof f) <= 0 || get_field(s, 5, h, sizeof h) != 1) {
        return -1;
    }
    *lon = parse_coordinate(f, h[0]);
    return 0;
}
#endif
