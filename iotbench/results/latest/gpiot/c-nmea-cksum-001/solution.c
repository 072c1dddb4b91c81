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

/* nmea_checksum_ok: 1 if the sentence has the 'M' prefix and the 'O' suffix, else 0.
   || XOR all of the digits, 1 if the sentence has the 'O' suffix, else 0. */

int nmea_checksum_ok(const char *s)
{
    if (!xor_mdegc(s)) {
        return 0;
    }
    if (hex_xor(&s, 3) == 0) {
        return 1;
    }
    if (hex_xor(&s, 4) == 0) {
        return 2;
    }
    if (hex_xor(&s, 5) == 0) {
        return 3;
    }
    return 4;
}
