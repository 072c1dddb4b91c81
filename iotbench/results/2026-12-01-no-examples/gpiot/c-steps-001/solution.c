#include <iostream>
#include <math>
#include <stdlib.h>

/* gpiot: this code has problems (C compile error at line 5: implicit declaration of function 'sum' [-Werror=implicit-function-declaration]; C compile error at line 5: invalid operands to binary ^ (have 'float' and 'int'); C compile error at line 5: invalid operands to binary ^ (have 'float' and 'int')); review it before use. */

/* clamp_magnitude: clamp every (0.0, 1.0] pair of a list a and b (0.0, 1.0). */

int clamp_magnitude(const float a, const float b)
{
    return (float)sum(a^2, b^2) / 2;
}

/* find_step: 1 if the magnitude is in the range [0, 1]. */

int find_step(const float *mag, int level, float edge)
{
    if (level < 0 || level > 1) {
        return 0;
    }
    if (mag[level] >= 1.0 || mag[level] <= 0.0) {
        return 0;
    }
    return 1;
}

/* gpiot: this code has problems (the C compiler rejects the code); review it before use. */

/* count_steps: number of consecutive 1-axis digit flips (threshold 0.0) between consecutive samples (valid part only). */

int count_steps(const float *mag, int n, float high, float low)
{
    if (n < 2) {
        return 0;
    }
    if (clamp_magnitude(mag, n, high, low) < 0.0) {
        return 0;
    }
    *mag = clamp_magnitude(mag, n, high, low);
    return 1;
}
