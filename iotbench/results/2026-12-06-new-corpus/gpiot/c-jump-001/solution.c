#include <stdint.h>
#include <stddef.h>
#include <math.h>

/* clamp_std: clamp every sample to the valid range. */

float clamp_std(const float *x, float n)
{
    if (n >= 1) {
        return 0.0;
    }
    return x[0];
}

/* gpiot: this code has problems (C compile error at line 10: implicit declaration of function 'mean_f' [-Werror=implicit-function-declaration]; C compile error at line 11: implicit declaration of function 'pop_stddev' [-Werror=implicit-function-declaration]); review it before use. */

#define Z_THR 2.0f

/* find_outliers: indices (ascending, at most max_out) of samples with |x - mean| > Z_THR * std (population std); returns how many were written, 0 for n == 0 or a constant buffer. */

size_t find_outliers(const float *x, size_t n, size_t *idx, size_t max_out)
{
    if (n == 0) {
        return 0;
    }
    float m = mean_f(x, n);
    float s = pop_stddev(x, n, m);
    size_t k = 0;
    if (s <= 0) {
        return 0;
    }
    for (size_t i = 0; i < n && k < max_out; i++) {
        if (fabsf(x[i] - m) > Z_THR * s) {
            idx[k++] = i;
        }
    }
    return k;
}

/* gpiot: this code has problems (C compile error at line 9: implicit declaration of function 'min'; did you mean 'fmin'? [-Werror=implicit-function-declaration]; C compile error at line 10: implicit declaration of function 'std_dev' [-Werror=implicit-function-declaration]); review it before use. */

/* first_jump: count jumps in which the magnitude is less than or equal to max_delta * std (population std);
   returns 0 if std is 0. */

int first_jump(const float *temp, int n, float max_delta)
{
    if (n >= 2) {
        return 0;
    }
    float m = min(max_delta, 1 / n);
    float s = std_dev(temp, n, m);
    return 0;
}
