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

/* gpiot: no attempt at `classify_activity` was usable (C compile error at line 17: implicit declaration of function 'magnitude_stats' [-Werror=implicit-function-declaration]); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: ax: const float *; ay: const float *; az: const float *; n: int
 * Outputs: void (outputs via pointers)
 * Behaviour: a smartwatch MCU holds n accelerometer samples (m/s^2) per axis in ax, ay, az. Implement int classify_activity(const float *ax, const float *ay, const float *az, int n) that returns 0 standing, 1 walking, 2 running or 3 badminton. Let a = mean of the population standard deviations of the three axes and m = standard deviation of the magnitude sqrt(ax^2+ay^2+az^2): a < 1.0 is standing, else a < 3.0 is walking, else m > 6.0 is badminton, else running.
 * Constraints: n >= 1; no malloc
 * Libraries: math.h, stddef.h
 */
int classify_activity(const float *ax, const float *ay, const float *az, int n)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
#define FREE_FALL_MEAN 0.1f

#define REST_STD 0.2f

#define WALK_STD 0.3f

/* classify_activity: rule-based activity class of a window: -1 empty, 3 free fall (mean magnitude below
   FREE_FALL_MEAN g), else by the magnitude std: 0 rest (< REST_STD), 1 walking (< WALK_STD),
   2 running. */

int classify_activity(const float *ax, const float *ay, const float *az, int n)
{
    if (n == 0) {
        return -1;
    }
    float mean, std;
    magnitude_stats(ax, ay, az, n, &mean, &std);
    if (mean < FREE_FALL_MEAN) {
        return 3;
    }
    if (std < REST_STD) {
        return 0;
    }
    return std < WALK_STD ? 1 : 2;
}
#endif
