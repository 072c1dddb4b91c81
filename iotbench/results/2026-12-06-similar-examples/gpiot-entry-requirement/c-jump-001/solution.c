#include <math.h>
#include <stddef.h>

/* min_std_dev: population standard deviation (divide by n) of n >= 1 samples around mean. */
float min_std_dev(const float *x, size_t n, float mean)
{
    float acc = 0;
    for (size_t i = 0; i < n; i++) {
        float d = x[i] - mean;
        acc += d * d;
    }
    return sqrtf(acc / (float)n);
}

/* std_dev: population standard deviation (divide by n) of n >= 1 samples around mean. */
float std_dev(const float *x, size_t n, float mean)
{
    float acc = 0;
    for (size_t i = 0; i < n; i++) {
        float d = x[i] - mean;
        acc += d * d;
    }
    return sqrtf(acc / (float)n);
}

/* gpiot: no attempt at `first_jump` was usable (the code does not define `first_jump`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: temp: const float *; n: int; max_delta: float
 * Outputs: float standard deviation
 * Behaviour: a temperature node checks its buffer of n readings (deg C) for sensor glitches. Implement int first_jump(const float *temp, int n, float max_delta) that returns the first index i >= 1 with fabs(temp[i] - temp[i-1]) > max_delta, or -1 if there is none (also for n < 2).
 * Constraints: n >= 1; no malloc
 * Libraries: math.h, stddef.h
 */
int first_jump(const float *temp, int n, float max_delta)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
#define Z_THR 2.5f
#endif
