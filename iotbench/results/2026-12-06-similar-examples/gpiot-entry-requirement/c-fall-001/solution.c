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

/* gpiot: no attempt at `detect_fall` was usable (C compile error at line 13: implicit declaration of function 'vec3_magnitude' [-Werror=implicit-function-declaration]; C compile error at line 13: 'ay' undeclared (first use in this function); C compile error at line 13: 'az' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: mag: const float *; n: int; fs: int
 * Outputs: int index or -1
 * Behaviour: a wearable MCU buffers n acceleration magnitudes (in g) sampled at fs Hz. Implement int detect_fall(const float *mag, int n, int fs) that returns the index of the first impact sample (mag > 2.5 g) that comes at most fs samples after a free-fall sample (mag < 0.5 g), or -1 when there is no fall.
 * Constraints: none
 * Libraries: none
 */
int detect_fall(const float *mag, int n, int fs)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
#define FREE_FALL_G 0.5f

#define IMPACT_G 2.5f

#define WINDOW 20

/* detect_fall: index of the first free-fall sample (magnitude below FREE_FALL_G g) followed by an
   impact above IMPACT_G g within WINDOW samples (in g) sampled at fs Hz. Implement int detect_fall(const float *mag, int n, int fs) that returns the index of the first impact sample (mag > 2.5 g) that comes at most fs samples after a free-fall sample (mag < 0.5 g), or -1 when there is no fall. */

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
