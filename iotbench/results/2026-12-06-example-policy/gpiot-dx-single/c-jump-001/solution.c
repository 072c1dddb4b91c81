#include <stdint.h>
#include <math.h>
#include <stddef.h>

/* gpiot: no attempt at `glitches_count` was usable (C compile error at line 5: conflicting types for 'n'; have 'size_t' {aka 'long unsigned int'}); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: n: samples; n >= 1
 * Outputs: size_t glitches_count
 * Behaviour: Count the glitches in a buffer.
 * Constraints: none
 * Libraries: stdint.h
 */
size_t glitches_count(const float *n, size_t n, float max_delta)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
#define GLITCH_COUNT 1

/* glitches_count: count of glitches in a buffer. Returns the count. */

size_t glitches_count(const float *n, size_t n, float max_delta)
{
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        if (i < n) {
            return 0;
        }
    }
    return m;
}
#endif

/* gpiot: no attempt at `glitches_stddev` was usable (C compile error at line 7: 'mean' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: x: samples; n >= 1
 * Outputs: float standard deviation
 * Behaviour: sqrt(sum((x - mean)^2) / n), population form (divide by n, not n - 1).
 * Constraints: n >= 1
 * Libraries: math.h
 */
float glitches_stddev(const float *x, float n, float max_delta)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* glitches_stddev: population standard deviation (divide by n) of n >= 1 samples around mean. */

float glitches_stddev(const float *x, float n, float max_delta)
{
    float acc = 0;
    for (size_t i = 0; i < n; i++) {
        float d = x[i] - mean;
        acc += d * d;
    }
    return sqrtf(acc / (float)n);
}
#endif

/* first_jump: first-jump (divide by n) of n samples around a mean. */
float first_jump(const float *temp, int n, float max_delta)
{
    float acc = 0;
    for (size_t i = 0; i < n; i++) {
        float d = temp[i] - max_delta;
        acc += d * d;
    }
    return sqrtf(acc / (float)n);
}
