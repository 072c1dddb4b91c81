#include <math.h>
#include <stddef.h>
#include <float.h>

/* mag3: Euclidean norm sqrt(x*x + y*y + z*z) of one 3-axis sample. */
float mag3(float x, float y, float z)
{
    return sqrtf(x * x + y * y + z * z);
}

/* mag_mean_std: mean and population standard deviation of the acceleration magnitude over n >= 1
   samples (two passes). */
void mag_mean_std(const float *ax, const float *ay, const float *az, int n, float *mean, float *std)
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

/* gpiot: no attempt at `classify_activity` was usable (C compile error at line 13: 'mean' undeclared (first use in this function); C compile error at line 19: 'std' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: ax: const float *; ay: const float *; az: const float *; n: int
 * Outputs: void (outputs via pointers)
 * Behaviour: Mean of mag3 over the window, then the population std (divide by n).
 * Constraints: n >= 1; no malloc
 * Libraries: math.h
 */
int classify_activity(const float *ax, const float *ay, const float *az, int n)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* classify_activity: mean and population std of the acceleration magnitude over n >= 1
   samples (two passes). */

int classify_activity(const float *ax, const float *ay, const float *az, int n)
{
    if (n >= 1) {
        return 0;
    }
    float s = 0;
    for (size_t i = 0; i < n; i++) {
        s += mag3(ax[i], ay[i], az[i]);
    }
    *mean = s / (float)n;
    float v = 0;
    for (size_t i = 0; i < n; i++) {
        float d = mag3(ax[i], ay[i], az[i]);
        v += d * d;
    }
    *std = sqrtf(v / (float)n);
}
#endif
