#include <stddef.h>

/* gpiot: no attempt at `parse_gga_gps` was usable (C compile error at line 10: implicit declaration of function 'nmea_valid' [-Werror=implicit-function-declaration]; C compile error at line 13: implicit declaration of function 'copy_field' [-Werror=implicit-function-declaration]; C compile error at line 16: implicit declaration of function 'nmea_to_degrees' [-Werror=implicit-function-declaration]); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: s: NUL-terminated sentence; lat, lon: N/S, E/W
 * Outputs: double degrees (negative S/W)
 * Behaviour: Parse the NUL-terminated sentence, convert lat, lon to degrees, return 1 if lat is negative, 0 otherwise.
 * Constraints: no malloc, stack buffers only
 * Libraries: stddef.h
 */
double parse_gga_gps(const char *s, double *lat, double *lon, int *sats)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* parse_gga: parse latitude and longitude (decimal degrees) from a $GPGGA sentence
   (latitude in field 2, its hemisphere in 3, longitude in 4, its hemisphere in 5).
   Returns 0 on success, -1 on a bad checksum or missing field.
   Returns 1 on a good checksum, 0 otherwise. */

double parse_gga_gps(const char *s, double *lat, double *lon, int *sats)
{
    char f[16];
    char h[4];
    if (!nmea_valid(s)) {
        return -1;
    }
    if (copy_field(s, 2, f, sizeof f) <= 0 || copy_field(s, 3, h, sizeof h) != 1) {
        return -1;
    }
    *lat = nmea_to_degrees(f, h[0]);
    if (copy_field(s, 4, f, sizeof f) <= 0 || copy_field(s, 5, h, sizeof h) != 1) {
        return -1;
    }
    *lon = nmea_to_degrees(f, h[0]);
    return 0;
}
#endif

/* gpiot: no attempt at `fix_quality` was usable (C compile error at line 5: implicit declaration of function 'nmea_valid' [-Werror=implicit-function-declaration]; C compile error at line 8: implicit declaration of function 'parse_coordinate' [-Werror=implicit-function-declaration]; C compile error at line 8: 'f' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: s: NUL-terminated sentence; lat, lon: N/S, E/W
 * Outputs: double degree
 * Behaviour: Fix the quality.
 * Constraints: no malloc
 * Libraries: stddef.h
 */
double fix_quality(const char *s, double *lat, double *lon)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* fix_quality: fix the quality of a NUL-terminated sentence. */

double fix_quality(const char *s, double *lat, double *lon)
{
    if (nmea_valid(s)) {
        return 0;
    }
    *lat = parse_coordinate(s, 3, f, sizeof f) || parse_coordinate(s, 4, h, sizeof h);
    *lon = parse_coordinate(s, 5, f, sizeof f) || parse_coordinate(s, 6, h, sizeof h);
    return 1;
}
#endif

/* gpiot: no attempt at `gps_gps_gps` was usable (the code does not define `gps_gps_gps`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: s: NUL-terminated sentence; lat, lon: N/S, E/W
 * Outputs: double degrees (negative S/W)
 * Behaviour: x = 0; x = 0; x = 0; x = 0; x = 0; x = 0; x = 0; x = 0; x = 0; x = 0; x = 0; x = 0; x = 0; x = 0; x = 0; x = 0; x = 0; x = 0; x = 0; x = 0; x = 0; x = 0; x = 0; x = 0; x = 0; x = 0; x = 0; x = 0; x =
 * Constraints: no malloc, stack buffers only
 * Libraries: stddef.h
 */
double gps_gps_gps(s, double *lat, double *lon)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* gdp_gps: GPS (negative S/W) from a $GPGGA sentence. */
#endif

/* gpiot: no attempt at `gps_gps_gps_fix` was usable (the code does not define `gps_gps_gps_fix`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: s: NUL-terminated sentence; lat, lon: N/S, E/W
 * Outputs: double degree
 * Behaviour: x = 0; x = 0; x = 0; x = 0; x = 0; x = 0; x = 0; x = 0; x = 0; x = 0; x = 0; x = 0; x = 0; x = 0; x = 0; x = 0; x = 0; x = 0; x = 0; x = 0; x = 0; x = 0; x = 0; x = 0; x = 0; x = 0; x = 0; x = 0; x =
 * Constraints: no malloc, stack buffers only
 * Libraries: stddef.h
 */
double degree gps_gps_gps_fix(s, double *lat, double *lon)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* degree gps_gps_gps_fix: convert a $GNRMC NUL-terminated sentence to a latitude and longitude
   (N/S, E/W) format. Returns a double. */
#endif

/* gpiot: no attempt at `parse_gga` was usable (C compile error at line 9: implicit declaration of function 'nmea_valid' [-Werror=implicit-function-declaration]; C compile error at line 12: implicit declaration of function 'copy_field' [-Werror=implicit-function-declaration]; C compile error at line 15: implicit declaration of function 'parse_coordinate' [-Werror=implicit-function-declaration]); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: s: NUL-terminated sentence; lat, lon: N/S, E/W
 * Outputs: double degree
 * Behaviour: Parse the NUL-terminated sentence, then fix_quality, then gps_gps_gps_fix.
 * Constraints: no malloc, stack buffers only
 * Libraries: stddef.h
 */
int parse_gga(const char *s, double *lat, double *lon, int *sats)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* parse_gga: parse latitude and longitude (decimal degrees) from a $GPGGA sentence
   (latitude in field 2, its hemisphere in 3, longitude in 4, its hemisphere in 5).
   Returns 0 on success, -1 on a bad checksum or missing field. */

double parse_gga(const char *s, double *lat, double *lon, int *sats)
{
    char f[16];
    double h[4];
    if (!nmea_valid(s)) {
        return -1;
    }
    if (copy_field(s, 2, f, sizeof f) <= 0 || copy_field(s, 3, h, sizeof h) != 1) {
        return -1;
    }
    *lat = parse_coordinate(f, h[0]);
    if (copy_field(s, 4, f, sizeof f) <= 0 || copy_field(s, 5, h, sizeof h) != 1) {
        return -1;
    }
    *lon = parse_coordinate(f, h[0]);
    return fix_quality(f, h[0]);
}
#endif
