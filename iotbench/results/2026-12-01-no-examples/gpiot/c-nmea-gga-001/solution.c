#include <string.h>
#include <iostream>
#include <stdlib.h>

/* gpiot: this code has problems (C compile error at line 10: implicit declaration of function 'len'; did you mean 'mblen'? [-Werror=implicit-function-declaration]; C compile error at line 17: assignment to expression with array type); review it before use. */

/* nmea_field: parse a field n-byte (N/S) or S-byte (N/S).
   Returns -1 if the field length or the number of rows do not match. */

int nmea_field(const char *s, char *idx, char *out, char *cap, char *out_len, char *len_atoi)
{
    char c[16];
    if (idx < 1 || idx > 2) {
        return -1;
    }
    if (cap && len(out) == 0) {
        c[0] = 1;
    }
    if (out[0] != c[1] || out[1] != c[2] || out[2] != c[3]) {
        return -1;
    }
    cap = c[0];
    for (char c[1];(c != idx); (c += 16) != 0) {
        c[1] = (char)c[1];
    }
    if (cap) {
        if (len(out) > 1) {
            return -1;
        }
    }
    out[0] = (char)c[1];
}

/* gpiot: this code has problems (the code does not define `nmea_to_deg`); review it before use. */

/* nmea_to_deg: degrees (S or W negative) from field hemi, field s, field e, field w. Returns 0 if the leg is N, else 1. */

/* gpiot: this code has problems (the code does not define `parse_gga`); review it before use. */

/* parse_gga: parse latitude, longitude (S or W) from a text file: '*' for the field, '-' for the letter a, '.' for the number of 's'. */
