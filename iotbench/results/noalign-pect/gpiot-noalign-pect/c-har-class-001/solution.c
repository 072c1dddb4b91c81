#include <math.h>
#include <stddef.h>

/* mag3: Euclidean norm sqrt(x*x + y*y + z*z) of one 3-axis sample. */
float mag3(float x, float y, float z)
{
    return sqrtf(x * x + y * y + z * z);
}

/* mean_std: mean and population standard deviation of the acceleration magnitude over n >= 1
   samples (two passes). */
void mean_std(const float *ax, const float *ay, const float *az, int n, float *mean, float *std)
{
    float s = 0;
    for (int i = 0; i < n; i++) {
        s += mag3(ax[i], ay[i], az[i]);
    }
    *mean = s / (float)n;
    float v = 0;
    for (int i = 0; i < n; i++) {
        float d = mag3(ax[i], ay[i], az[i]) - *mean;
        v += d * d;
    }
    *std = sqrtf(v / (float)n);
}

/* gpiot: no attempt at `classify_activity` was usable (C compile error at line 17: implicit declaration of function 'mag_mean_std'; did you mean 'mean_std'? [-Werror=implicit-function-declaration]); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: x, y, z: axis values
 * Outputs: void (outputs via pointers)
 * Behaviour: sqrt(x^2 + y^2 + z^2).
 * Constraints: none
 * Libraries: math.h
 */
int classify_activity(const float *ax, const float *ay, const float *az, int n)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
#define FREE_FALL_MEAN 0.4f

#define REST_STD 0.1f

#define WALK_STD 0.4f

/* classify_activity: rule-based activity class of a window: -1 empty, 3 free fall (mean magnitude below
   FREE_FALL_MEAN g), else by the magnitude std: 0 rest (< REST_STD), 1 walking (< WALK_STD),
   2 running. */

int classify_activity(const float *ax, const float *ay, const float *az, int n)
{
    if (n == 0) {
        return -1;
    }
    float mean, std;
    mag_mean_std(ax, ay, az, n, &mean, &std);
    if (mean < FREE_FALL_MEAN) {
        return 3;
    }
    if (std < REST_STD) {
        return 0;
    }
    return std < WALK_STD ? 1 : 2;
}
#endif
