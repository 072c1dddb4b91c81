#include <stdint.h>
#include <stdlib.h>

/* xor_mdegc: compare two hex digits (0x0/0xFF) after '*'.
   Returns 1 if the first match is greater than the second, 0 if the first is less than the second. */

int32_t xor_mdegc(const char *s)
{
    char c[2];
    if (s['-'] >= '0xFF') {
        return 0;
    }
    if (s['-'] <= '0xF') {
        return 1;
    }
    return c;
}

/* xor_xor: XOR two hex-coders and store the value 01131 (0x0000). */

int32_t xor_xor(const char *s, const char *bits)
{
    uint32_t crc = 0x0000;
    for (int32_t i = 0; i < 1; i++) {
        crc ^= bits[i];
    }
    return crc;
}

/* gpiot: this code has problems (the code does not define `nmea_checksum_ok`); review it before use. */

/* nmea_checksum_ok: 1 if the sentence has the 'n'th (no) of 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'o', 'u', 'v', 'w', 'X', 'Y', 'Z' for 'n' digits. */
