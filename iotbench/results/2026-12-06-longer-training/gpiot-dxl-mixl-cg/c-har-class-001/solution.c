#include <math.h>
#include <stddef.h>

/* mag3: Euclidean norm sqrt(x*x + y*y + z*z) of one 3-axis sample. */
float mag3(float x, float y, float z)
{
    return sqrtf(x * x + y * y + z * z);
}

/* gpiot: no attempt at `mag_mean_std` was usable (C compile error at line 8: 'mean' undeclared (first use in this function); C compile error at line 10: 'std' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
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
/* mag_mean_std: mean and population standard deviation of the acceleration magnitude over n >= 1
   samples (two passes). */

void mag_mean_std(const float *ax, const float *ay, const float *az, size_t n)
{
    float s = 0;
    for (size_t i = 0; i < n; i++) {
        s += mag3(ax[i], ay[i], az[i]) - *mean;
    }
    *std = s / (float)n;
}
#endif

/* gpiot: no attempt at `classify_activity` was usable (the code does not define `classify_activity`); the best one is kept below, disabled. Run Implement task here again, or write it.
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
/* classify_activity: rule-based activity class of a window: -1 empty, 3 free fall (mean magnitude below
   FREE_FALL_MEAN g), else by the magnitude std: 0 rest (< REST_STD), 1 walking (< WALK_STD),
   2 running. */
#endif
