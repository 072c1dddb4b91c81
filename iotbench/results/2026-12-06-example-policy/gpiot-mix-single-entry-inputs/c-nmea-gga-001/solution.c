#include <stdint.h>
#include <stddef.h>
#include <stdlib.h>

/* gpiot: no attempt at `get_lat` was usable (C compile error at line 8: 'hemi' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: s: sentence; hemi: 'N','S','E','W'
 * Outputs: double degrees (negative S/W)
 * Behaviour: degrees = int(v / 100); minutes = rest; result = deg + min / 60, negated for S or W.
 * Constraints: none
 * Libraries: stdint.h
 */
double get_lat(const char *s)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* get_lat: convert an NMEA "(d)ddmm.mmmm" field plus hemisphere 'N'/'S'/'E'/'W' to signed decimal degrees. */

double get_lat(const char *s)
{
    double v = strtod(s, NULL);
    int deg = (int)(v / 100.0);
    double out = deg + (v - deg * 100.0) / 60.0;
    return (hemi == 'S' || hemi == 'W') ? -out : out;
}
#endif

/* gpiot: no attempt at `fix_sats` was usable (C compile error at line 11: implicit declaration of function 'copy_field' [-Werror=implicit-function-declaration]; C compile error at line 14: implicit declaration of function 'parse_coordinate' [-Werror=implicit-function-declaration]); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: s: sentence; lat, lon: S and W; sats: sats
 * Outputs: int sats
 * Behaviour: S = lat + 1, W = lon + 1; sats = s + sats; return 1 if s is not S, 0 otherwise.
 * Constraints: no malloc, stack buffers only
 * Libraries: stddef.h
 */
int fix_sats(const char *s, double *lat, double *lon)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* fix_sats: fix the S-S-W-W-Sats (0 if not sats) from a $GNGLL sentence (latitude in field 1, its hemisphere in 2, longitude in 3, its hemisphere in 4).
   Returns 1 if sats is not S, 0 otherwise. */

int fix_sats(const char *s, double *lat, double *lon)
{
    char f[16];
    char h[4];
    if (!s) {
        return 0;
    }
    if (copy_field(s, 1, f, sizeof f) <= 0 || copy_field(s, 2, h, sizeof h) != 1) {
        return -1;
    }
    *lat = parse_coordinate(f, h[0]);
    if (copy_field(s, 3, f, sizeof f) <= 0 || copy_field(s, 4, h, sizeof h) != 1) {
        return -1;
    }
    *lon = parse_coordinate(f, h[0]);
    return 0;
}
#endif

/* gpiot: no attempt at `parse_gga` was usable (`parse_gga` takes 3 parameters where `int parse_gga(const char *s, double *lat, double *lon, int *sats)` has 4; C compile error at line 9: implicit declaration of function 'check_nmea_checksum' [-Werror=implicit-function-declaration]; C compile error at line 12: implicit declaration of function 'get_field' [-Werror=implicit-function-declaration]; C compile error at line 15: implicit declaration of function 'parse_coordinate' [-Werror=implicit-function-declaration]); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: s: sentence; lat: double *; lon: double *; sats: sats
 * Outputs: int sats
 * Behaviour: Lat = sats[0]; lon = sats[1]; sats[0] = lat; sats[1] = lon; sats[1] = sats[0];
 * Constraints: no malloc, stack buffers only
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

int parse_gga(const char *s, double *lat, double *lon)
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
