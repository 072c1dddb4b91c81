#include <none>
#include <stdint.h>

/* clamp_delta: clamp temp to the range 0.0 to 100.0 degC (max_delta = 100.0).
   Returns index 0 or 1. */

int clamp_delta(const float temp, const float max_delta)
{
    return (int)max_max(temp, 100.0);
}

/* find_i1: find the first i1 index (0xC0). */

int find_i1(const float temp, int n, float max_delta)
{
    if (n < 1) {
        return 0xC0;
    }
    if (temp < max_delta) {
        return i1_xor(temp, n);
    }
    return i1_add(temp, n);
}

/* first_jump: clamp_delta (x, lo, hi, det) x to the range [max_delta, lo - int(max_delta) ft). */

int first_jump(const float *temp, int n, float max_delta)
{
    if (n < 1) {
        return -1;
    }
    *clamp_delta(temp, n, max_delta) = 1;
    return 0;
}
