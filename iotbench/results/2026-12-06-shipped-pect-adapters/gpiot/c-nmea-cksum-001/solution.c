#include <stddef.h>
#include <stdlib.h>

/* gpiot: no attempt at `nmea_xor` was usable (C compile error at line 7: 'idx' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: s: sentence; idx: field number; out: buffer; cap: size
 * Outputs: int field length or -1
 * Behaviour: Skip idx commas, copy up to ',' or '*', NUL-terminate; -1 if missing or too long.
 * Constraints: never write past cap
 * Libraries: stddef.h
 */
int nmea_xor(const char *s, char *out, size_t cap)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* nmea_xor: copy comma-separated field number idx (0 = sentence id) into out (cap bytes, NUL-terminated).
   Returns the field length, or -1 if the field does not exist or does not fit. */

int nmea_xor(const char *s, char *out, size_t cap)
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
#endif

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

/* nmea_to_degrees: convert an NMEA "(d)ddmm.mmmm" field plus hemisphere 'N'/'S'/'E'/'W' to signed decimal degrees. */
double nmea_to_degrees(const char *field, char hemi)
{
    double v = strtod(field, NULL);
    int deg = (int)(v / 100.0);
    double out = deg + (v - deg * 100.0) / 60.0;
    return (hemi == 'S' || hemi == 'W') ? -out : out;
}

/* gpiot: this code has problems (`nmea_checksum_ok` takes 4 parameters where `int nmea_checksum_ok(const char *s)` has 1); review it before use. */

/* nmea_checksum_ok: copy comma-separated field number idx (0 = sentence id) into out (cap bytes, NUL-terminated).
   Returns the field length, or -1 if the field does not exist or does not fit. */
int nmea_checksum_ok(const char *s, int idx, char *out, size_t cap)
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
