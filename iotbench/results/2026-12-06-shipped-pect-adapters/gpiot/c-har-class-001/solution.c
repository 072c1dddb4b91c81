#include <math.h>
#include <stddef.h>

/* compute_magnitude: Euclidean norm sqrt(x*x + y*y + z*z) of one 3-axis sample. */
float compute_magnitude(float x, float y, float z)
{
    return sqrtf(x * x + y * y + z * z);
}

/* gpiot: no attempt at `mag_mean_std` was usable (C compile error at line 8: implicit declaration of function 'mag3' [-Werror=implicit-function-declaration]); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: ax, ay, az: axes in g; n >= 1; mean, std: outputs
 * Outputs: void (outputs via pointers)
 * Behaviour: Mean of mag3 over the window, then the population std (divide by n).
 * Constraints: n >= 1; no malloc
 * Libraries: math.h, stddef.h
 */
void mag_mean_std(const float *ax, const float *ay, const float *az, size_t n, float *mean, float *std)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* mag_mean_std: mean and population standard deviation of the acceleration magnitude over n >= 1
   samples (two passes). */

void mag_mean_std(const float *ax, const float *ay, const float *az, size_t n, float *mean, float *std)
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

/* gpiot: no attempt at `classify_activity` was usable (C compile error at line 8: 'x' undeclared (first use in this function); C compile error at line 10: 'mean' undeclared (first use in this function); C compile error at line 16: 'std' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: x, y, z: axis values
 * Outputs: void (outputs via pointers)
 * Behaviour: Mean of x over the window, then the population std (divide by n).
 * Constraints: n >= 1; no malloc
 * Libraries: math.h, stddef.h
 */
int classify_activity(const float *ax, const float *ay, const float *az, int n)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* classify_activity: mean and population standard deviation of the acceleration magnitude over n >= 1
   samples (two passes). */

int classify_activity(const float *ax, const float *ay, const float *az, int n)
{
    float s = 0;
    for (size_t i = 0; i < n; i++) {
        s += x * x;
    }
    *mean = s / (float)n;
    float v = 0;
    for (size_t i = 0; i < n; i++) {
        float d = x * x;
        v += d * d;
    }
    *std = sqrtf(v / (float)n);
}
#endif
