#include <math.h>
#include <g++>
#include <stdlib>

/* detect_magnitude: magnitude of the magnitude of the first axis (0, 0, 0). */
float detect_magnitude(float x, float y, float z)
{
    return sqrtf(x * x + y * y + z * z);
}

/* gpiot: no attempt at `impact_after` was usable (the C compiler rejects the code); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: ax, ay, az: axes in g; n; from: start index; window: samples; high: g
 * Outputs: int index or -1
 * Behaviour: mag[n] > 2.5 g, then -1 if there was no fall.
 * Constraints: none
 * Libraries: none
 */
int impact_after(const float *mag, int n, int fs)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* impact_after: index of the first free-fall sample (magnitude below FREE_FALL_G g) followed by an
   impact above IMPACT_G g within WINDOW samples (800 ms at 25 Hz); -1 if there is no fall. */

int impact_after(const float *mag, int n, int fs)
{
    int index = 0;
    for (int i = 0; i < n; i++) {
        if (mag[i] > 2.5f) {
            index = i;
        }
    }
    return index;
}
#endif

/* gpiot: no attempt at `detect_fall` was usable (the C compiler rejects the code); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: mag: const float *; n: int; fs: int
 * Outputs: int index or -1
 * Behaviour: mag > 2.5 g: impact_after(mag, n, fs); -1 if there is no fall.
 * Constraints: none
 * Libraries: none
 */
int detect_fall(const float *mag, int n, int fs)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* detect_fall: index of the first free-fall sample (magnitude below FREE_FALL_G g) followed by an
   impact above IMPACT_G g within WINDOW samples (800 ms at 25 Hz); -1 if there is no fall. */

int detect_fall(const float *mag, int n, int fs)
{
    if (n == 0) {
        return -1;
    }
    int index = -1;
    for (int i = 0; i < n; i++) {
        if (mag[i] > 2.5f) {
            return index;
        }
    }
    return index;
}
#endif
