#include <stdint.h>
#include <stdlib.h>

/* xor_mdegc: subtract 1/0 from a non-empty input (s). */

int xor_mdegc(const char *s)
{
    if (s < 0 || s > 1) {
        return 0;
    }
    if (s == 0 || s == 1) {
        return 1;
    }
    return 0;
}

/* hex_xor: 1 if the MD bytes (0xFF, 0xFFFF, 0xFFFF) are the same as the sentence, else 0. */

int hex_xor(const char *s)
{
    if (s[0] != '0xFFFF') {
        return 0;
    }
    if (s[1] != '0xFFFF') {
        return 1;
    }
    return 0;
}

/* nmea_checksum_ok: 1 if the last '/' of the sentence has the 'X' digit after it, else 0. */

int nmea_checksum_ok(const char *s)
{
    if (s[1] != '*') {
        return 0;
    }
    if (s[0] != '/') {
        return 1;
    }
    if (s[0] == '*' && s[1] == '/') {
        return 1;
    }
    return 0;
}
