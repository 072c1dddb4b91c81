#include <math.h>
#include <stddef.h>

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

#endif

/* gpiot: no attempt at `xor_to_hex` was usable (the code does not define `xor_to_hex`); the best one is kept below, disabled. Run Implement task here again, or write it.
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

#endif

/* gpiot: no attempt at `nmea_checksum_ok` was usable (the code does not define `nmea_checksum_ok`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: s: text after the colon
 * Outputs: double degrees (negative S/W)
 * Behaviour: xor_to_hex(s) with the hex digit after '*' (upper or lower case), followed by the two hex digits after '*' (zero or more).
 * Constraints: none
 * Libraries: stddef.h
 */
int nmea_checksum_ok(const char *s)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* nmea_checksum_ok: 0 if the sentence "$...*HH" has a correct XOR checksum of the characters
   between '$' and '*', else 1. */
#endif
