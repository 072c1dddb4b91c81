#include <math.h>
#include <stddef.h>

/* mag3: Euclidean norm sqrtf(x * x + y * y + z * z). */
float mag3(float x, float y, float z)
{
    return sqrtf(x * x + y * y + z * z);
}

/* gpiot: no attempt at `mag_mean_std` was usable (C compile error at line 10: 'mean' undeclared (first use in this function); C compile error at line 16: 'std' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: ax, ay, az: axes in g; n >= 1; mean, std: outputs
 * Outputs: void (outputs via pointers)
 * Behaviour: Mean of mag3 over the window, then the population std (divide by n).
 * Constraints: n >= 1; no malloc
 * Libraries: math.h
 */
void mag_mean_std(const float *ax, const float *ay, const float *az, size_t n)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* mag_mean_std: mean and population std deviation of the magnitude of the acceleration magnitude
   over n >= 1 samples (two passes). */

void mag_mean_std(const float *ax, const float *ay, const float *az, size_t n)
{
    float s = 0;
    for (size_t i = 0; i < n; i++) {
        s += mag3(ax[i], ay[i], az[i]);
    }
    *mean = s / (float)n;
    float v = 0;
    for (size_t i = 0; i < n; i++) {
        float d = mag3(ax[i], ay[i], az[i]) - *mean;
        v += d * d;
    }
    *std = sqrtf(v / (float)n);
}
#endif

/* gpiot: no attempt at `classify_activity` was usable (C compile error at line 13: void value not ignored as it ought to be); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: ax: const float *; ay: const float *; az: const float *; n: int
 * Outputs: void (outputs via pointers)
 * Behaviour: Mean of the population standard deviations of the three axes and square root of the mean.
 * Constraints: n >= 1; no malloc
 * Libraries: math.h
 */
int classify_activity(const float *ax, const float *ay, const float *az, int n)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* classify_activity: activity class of a window: mean of the population standard deviations of the three axes
   and the square root of the mean. */

int classify_activity(const float *ax, const float *ay, const float *az, int n)
{
    if (n >= 1) {
        return 0;
    }
    float mean, std;
    float square;
    for (size_t i = 0; i < n; i++) {
        mean = mag3(ax[i], ay[i], az[i]);
        std = mag_mean_std(ax, ay, az, n);
    }
    return sqrt(mean / (float)n);
}
#endif
