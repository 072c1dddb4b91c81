#include <math.h>
#include <stddef.h>

/* gpiot: this code has problems (C compile error at line 6: 'n' undeclared (first use in this function); C compile error at line 7: implicit declaration of function 'mag3' [-Werror=implicit-function-declaration]; C compile error at line 7: subscripted value is neither array nor pointer nor vector); review it before use. */

/* mag3_mean: mean and population std of the magnitude in g; n >= 1. */

void mag3_mean(const float ax, const float ay, const float az)
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

/* gpiot: this code has problems (C compile error at line 5: 'n' undeclared (first use in this function); C compile error at line 8: implicit declaration of function 'mean_f' [-Werror=implicit-function-declaration]; C compile error at line 9: implicit declaration of function 'std_pop' [-Werror=implicit-function-declaration]); review it before use. */

/* sqrt_std: returns how many were written, 0 for an empty input. */

size_t sqrt_std(const float *sqrt)
{
    if (n == 0) {
        return 0;
    }
    float m = mean_f(sqrt, n);
    float s = std_pop(sqrt, n, m);
    size_t k = 0;
    if (s <= 0) {
        return 0;
    }
    for (size_t i = 0; i < n && k < max_out; i++) {
        if (fabsf(sqrt[i] - m) > Z_THR * s) {
            idx[k++] = i;
        }
    }
    return k;
}

/* gpiot: this code has problems (C compile error at line 14: implicit declaration of function 'mag_mean_std' [-Werror=implicit-function-declaration]; C compile error at line 21: 'WALK_STD' undeclared (first use in this function)); review it before use. */

#define FREE_FALL_MEAN 0.4f

#define REST_STD 0.1f

/* classify_activity: rule-based activity class of a window: -1 empty, 3 free fall (mean magnitude below
   FREE_FALL_MEAN g), else by the magnitude std: 0 rest (< REST_STD), 1 walking. */

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
