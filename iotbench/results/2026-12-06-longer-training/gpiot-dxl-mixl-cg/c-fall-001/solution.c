#include <math.h>

/* detect_magnitude: magnitude of the magnitude of the first axis (g) of a
   sample of magnitude x, y, z. */
float detect_magnitude(float x, float y, float z)
{
    return sqrtf(x * x + y * y + z * z);
}

/* gpiot: this code has problems (`impact_after` never uses its parameter `fs`); review it before use. */

#define IMPACT_G 2.5f

#define WINDOW 20

/* impact_after: index of the first free-fall sample (magnitude below IMPACT_G g) followed by an
   impact above IMPACT_G g within WINDOW samples (800 ms at 25 Hz); -1 if there is no fall. */
int impact_after(const float *mag, int n, int fs)
{
    for (int i = 0; i < n; i++) {
        if (mag[i] > 2.5f) {
            return i;
        }
    }
    return -1;
}

/* gpiot: no attempt at `detect_fall` was usable (the code does not define `detect_fall`); the best one is kept below, disabled. Run Implement task here again, or write it.
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
#define FREE_FALL_G 2.5f

#define IMPACT_G 2.5f

#define WINDOW 20

/* detect_fall: index of the first free-fall sample (magnitude below FREE_FALL_G g) followed by an
   impact above IMPACT_G g within WINDOW samples (800 ms at 25 Hz); -1 if there is no fall. */
#endif
