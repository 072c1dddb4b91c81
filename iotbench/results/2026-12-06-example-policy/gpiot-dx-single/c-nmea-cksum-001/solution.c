#include <stdint.h>
#include <stddef.h>
#include <stdlib.h>

/* gpiot: no attempt at `hex_to_hex` was usable (C compile error at line 5: request for member 'strtod' in something not a structure or union); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: s: hex; hemi: 'N','S','E','W'
 * Outputs: double degree (negative S/W)
 * Behaviour: Convert the hex to a decimal degree.
 * Constraints: none
 * Libraries: stdint.h
 */
double hex_to_hex(const char *s)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* hex_to_hex: convert a hex to a decimal degree. */

double hex_to_hex(const char *s)
{
    return (double)s.strtod(s, NULL);
}
#endif

/* hex_to_hex_digits: convert a hex to a decimal degree. */
double hex_to_hex_digits(const char *s)
{
    double v = strtod(s, NULL);
    int deg = (int)(v / 100.0);
    return (int)(v - deg * 100.0) / 60.0;
}

/* nmea_checksum_ok: convert a hex to a 16-bit unsigned integer, then a 16-bit unsigned
   integer + 1. Returns 0 on a bad checksum or missing field. */
int nmea_checksum_ok(const char *s)
{
    if (hex_to_hex_digits(s) != 0) {
        return 0;
    }
    return 1;
}
