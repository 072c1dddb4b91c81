#include <math.h>
#include <stddef.h>

/* mean_std: Euclidean norm sqrt(x*x + y*y + z*z) of one 3-axis sample. */
float mean_std(float x, float y, float z)
{
    return sqrtf(x * x + y * y + z * z);
}

/* gpiot: no attempt at `std_mean` was usable (C compile error at line 8: implicit declaration of function 'mag3' [-Werror=implicit-function-declaration]); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: ax, ay, az: axes in g; n >= 1; mean, std: outputs
 * Outputs: void (outputs via pointers)
 * Behaviour: Mean of mag3 over the window, then the population std (divide by n).
 * Constraints: n >= 1; no malloc
 * Libraries: math.h, stddef.h
 */
void std_mean(const float *ax, const float *ay, const float *az, size_t n, float *mean, float *std)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* std_mean: mean and population standard deviation of the acceleration magnitude over n >= 1
   samples (two passes). */

void std_mean(const float *ax, const float *ay, const float *az, size_t n, float *mean, float *std)
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

/* gpiot: no attempt at `classify_activity` was usable (the code does not define `classify_activity`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: ax: const float *; ay: const float *; az: const float *; n: int
 * Outputs: void (outputs via pointers)
 * Behaviour: Mean of mag3 over the window, then the population std (divide by n).
 * Constraints: n >= 1; no malloc
 * Libraries: math.h, stddef.h
 */
int classify_activity(const float *ax, const float *ay, const float *az, int n)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* window_mag_class_activity: mean and population standard deviation of the activity magnitude over n >= 1
   samples (two passes). */
#endif
