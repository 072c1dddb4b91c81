#include <math.h>

/* magnitude_of_3: Euclidean norm sqrt(x*x + y*y + z*z) of one 3-axis sample. */
float magnitude_of_3(float x, float y, float z)
{
    return sqrtf(x * x + y * y + z * z);
}

/* gpiot: no attempt at `impact_after` was usable (the code does not define `impact_after`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: ax, ay, az: axes in g; n; from: start index; window: samples; high: g
 * Outputs: int index or -1
 * Behaviour: First j in (from, from + window], j < n, with vec3_magnitude > high.
 * Constraints: none
 * Libraries: none
 */
int impact_after(const float *mag, int n, int fs) that returns the index of the first
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* impact_after: index of the first sample j with from < j <= from + window and j < n whose
   magnitude exceeds high, or -1. */
#endif

/* gpiot: no attempt at `detect_fall` was usable (C compile error at line 13: implicit declaration of function 'vec3_magnitude' [-Werror=implicit-function-declaration]; C compile error at line 13: 'ay' undeclared (first use in this function); C compile error at line 13: 'az' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: x, y, z: axis values
 * Outputs: int index or -1
 * Behaviour: sqrt(x^2 + y^2 + z^2).
 * Constraints: none
 * Libraries: math.h
 */
int detect_fall(const float *mag, int n, int fs)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
#define FREE_FALL_G 0.5f

#define IMPACT_G 3.0f

#define WINDOW 80

/* detect_fall: index of the first free-fall sample (magnitude below FREE_FALL_G g) followed by an
   impact above IMPACT_G g within WINDOW samples (800 ms at 100 Hz); -1 if there is no fall. */

int detect_fall(const float *mag, int n, int fs)
{
    for (int i = 0; i < n; i++) {
        if (vec3_magnitude(mag[i], ay[i], az[i]) < FREE_FALL_G && impact_after(mag, ay, az, n, i, WINDOW, IMPACT_G) >= 0) {
            return i;
        }
    }
    return -1;
}
#endif
