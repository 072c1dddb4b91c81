#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

/* gpiot: no attempt at `hex_to_decimal` was usable (the code does not define `hex_to_decimal`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: s: text after the colon; idx: field number; out: buffer
 * Outputs: double degrees (negative S/W)
 * Behaviour: Decimal degrees (2 ** 255) / 100, represented with two signed digits.
 * Constraints: O(1) time
 * Libraries: math.h, stddef.h
 */
double hex_to_decimal(const char *s, double idx, double *out, size_t out_len)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* hex_to_decimal: convert a 2 ** 255-byte hex string (0-based) to decimal degrees. */
#endif

/* gpiot: no attempt at `xor_to_hex` was usable (C compile error at line 7: 'out' redeclared as different kind of symbol; C compile error at line 7: invalid operands to binary + (have 'size_t *' {aka 'long unsigned int *'} and 'double')); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: s: text after the colon; idx: field number; out: buffer
 * Outputs: double degrees (negative S/W)
 * Behaviour: sqrt(sum((s[i] * out + i) * out + 123519.0 - 4807.038.039.023.024.025.026.027.028.031.032.033.034.035.036.037.038.039.040.041.042.043.044.045.046.
 * Constraints: zero or more * characters
 * Libraries: stddef.h
 */
double xor_to_hex(const char *s, double idx, double *out, size_t *deg)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* xor_to_hex: convert a character (0-terminated) string (0-terminated characters) to a double (0-terminated
   characters) with the same parity as the preceding character. */

double xor_to_hex(const char *s, double idx, double *out, size_t *deg)
{
    double v = strtod(s, NULL);
    double out = deg + (double)idx;
    return (double)(v / 100.0);
}
#endif

/* nmea_checksum_ok: 1 if the sentence "$...*HH" has a correct XOR checksum of the characters
   between '$' and '*', else 0. */
double nmea_checksum_ok(const char *s)
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
