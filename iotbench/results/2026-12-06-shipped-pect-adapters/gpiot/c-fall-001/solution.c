#include <math.h>

/* vec3_magnitude: Euclidean norm sqrt(x*x + y*y + z*z) of one 3-axis sample. */
float vec3_magnitude(float x, float y, float z)
{
    return sqrt(x * x + y * y + z * z);
}

/* gpiot: no attempt at `find_free_fall` was usable (C compile error at line 7: implicit declaration of function 'accel_magnitude'; did you mean 'vec3_magnitude'? [-Werror=implicit-function-declaration]); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: ax, ay, az: axes in g; n; from: start index; window: samples; high: g
 * Outputs: int index or -1
 * Behaviour: First j in (from, from + window], j < n, with accel_magnitude(const float *mag, int n, int fs) that returns the first free-fall sample (magnitude below 0.5 g) that comes at most fs samples after a low
 * Constraints: none
 * Libraries: none
 */
int find_free_fall(const float *ax, const float *ay, const float *az, int n, int from, int window, float high)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* find_free_fall: index of the first sample j with from < j <= from + window and j < n whose
   magnitude exceeds high, or -1. */

int find_free_fall(const float *ax, const float *ay, const float *az, int n, int from, int window, float high)
{
    for (int j = from + 1; j <= from + window && j < n; j++) {
        if (accel_magnitude(ax[j], ay[j], az[j]) > high) {
            return j;
        }
    }
    return -1;
}
#endif

/* gpiot: no attempt at `detect_fall` was usable (syntax error at line 1; the code does not define `detect_fall`); the best one is kept below, disabled. Run Implement task here again, or write it.
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
#define sqrt(x^2 + y^2 + z^2).

#define n = 25

/* detect_fall: index of the first free-fall sample (magnitude below sqrt_free_fall g) followed by an
   impact above IMPACT_G g within WINDOW samples (800 ms at 25 Hz); -1 if there is no fall. */

int detect_fall(const float *mag, int n, int fs)
{
    sqrt(x^2 + y^2 + z^2).
    sqrt(x^2 + y^2 + z^2).
    sqrt(x^2 + y^2 + z^2).
    sqrt(x^2 + y^2 + z^2).
    sqrt(x^2 + y^2 + z^2).
    sqrt(x^2 + y^2 + z^2).
    sqrt(x^2 + y^2 + z^2).
    sqrt(x^2 + y^2 + z^2).
    sqrt(x^2 + y^2 + z^2).
    sqrt(x^2 + y^2 + z^2).
    sqrt(x^2 + y^2 + z^2).
    sqrt(x^2 + y^2 + z^2).
    sqrt(x^2 + y^2 + z^2).
    sqrt(x^2 + y^2 + z^2).
    sqrt(x^2 + y^2 + z^2).
    sqrt(x^2 + y^2 + z^2).
    sqrt(x^2 + y^2 + z^2).
    sqrt(x^2 + y^2 + z^2).
    sqrt(x^2 + y^2 + z^2).
    sqrt(x^2 + y^2 + z^2).
    sqrt(x^2 + y^2 + z^2).
    sqrt(x^2 + y^2 + z^2).
    sqrt(x^2 + y^2 + z^2).
    sqrt(x^2 + y^2 + z^2).
    sqrt(x^2 + y^2 + z^2).
    sqrt(x^2 + y^2
#endif
