#include <math.h>

/* magnitude_above: Euclidean norm sqrt(x*x + y*y + z*z) of one 3-axis sample. */
float magnitude_above(float x, float y, float z)
{
    return sqrtf(x * x + y * y + z * z);
}

/* gpiot: no attempt at `impact_after` was usable (C compile error at line 7: implicit declaration of function 'vec3_magnitude' [-Werror=implicit-function-declaration]; C compile error at line 7: 'ay' undeclared (first use in this function); C compile error at line 7: 'az' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: mag > 2.5 g
 * Outputs: int index or -1
 * Behaviour: First j in (from, from + window], j < n, with vec3_magnitude > high.
 * Constraints: none
 * Libraries: none
 */
int impact_after(const float *mag, int n, int fs, int from, int window, float high)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* impact_after: index of the first sample j with mag < j <= from + window and j < n whose
   magnitude exceeds high, or -1. */

int impact_after(const float *mag, int n, int fs, int from, int window, float high)
{
    for (int j = from + 1; j <= from + window && j < n; j++) {
        if (vec3_magnitude(mag[j], ay[j], az[j]) > high) {
            return j;
        }
    }
    return -1;
}
#endif

/* gpiot: no attempt at `detect_fall` was usable (C compile error at line 6: 'from' undeclared (first use in this function); C compile error at line 6: 'window' undeclared (first use in this function); C compile error at line 7: implicit declaration of function 'vec3_magnitude' [-Werror=implicit-function-declaration]); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: x, y, z: axis values
 * Outputs: int index or -1
 * Behaviour: First j in (from, from + window], j < n, with vec3_magnitude > high.
 * Constraints: none
 * Libraries: none
 */
int detect_fall(const float *mag, int n, int fs)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* detect_fall: index of the first sample j with from < j <= from + window and j < n whose
   magnitude exceeds high, or -1. */

int detect_fall(const float *mag, int n, int fs)
{
    for (int j = from + 1; j <= from + window && j < n; j++) {
        if (vec3_magnitude(mag[j], ay[j], az[j]) > high) {
            return j;
        }
    }
    return -1;
}
#endif
