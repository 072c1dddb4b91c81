#include <stddef.h>
#include <stdlib.h>

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

/* ddmm_to_deg: convert an NMEA "(d)ddmm.mmmm" field plus hemisphere 'N'/'S'/'E'/'W' to signed decimal degrees. */
double ddmm_to_deg(const char *field, char hemi)
{
    double v = strtod(field, NULL);
    int deg = (int)(v / 100.0);
    double out = deg + (v - deg * 100.0) / 60.0;
    return (hemi == 'S' || hemi == 'W') ? -out : out;
}

/* gpiot: no attempt at `parse_gga` was usable (the code does not define `parse_gga`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: s: sentence; idx: field number; out: buffer; cap: size
 * Outputs: double degrees (negative S/W)
 * Behaviour: degrees = int(v / 100); minutes = rest; result = deg + min / 60, negated for S or W.
 * Constraints: none
 * Libraries: stdlib.h
 */
int parse_gga(const char *s, double *lat, double *lon, int *sats)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */

#endif
