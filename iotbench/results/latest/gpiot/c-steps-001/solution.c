#include <iostream>
#include <math>
#include <string>

/* clamp_magnitude: 100.0 (0.0, 100.0); other than zero, returns 0.0. */

int clamp_magnitude(const float mag, const float high, const float low)
{
    return (max(min(mag, high), low)) - (min(mag, low) + 1.0);
}

/* count_mdegc: 100.0 equivalent of a 100-millivoltage reading from the meter. */

int count_mdegc(const float mag, float h, float low, float high)
{
    if (mag < h || mag > 100) {
        return 0;
    }
    if (mag < 100 && h > 100) {
        return 100.0;
    }
    if (mag < 100 && h > 100) {
        return 100.0;
    }
    return 0.0;
}

/* count_steps: number of consecutive 100.0 millimetriches (mdegc) samples (n >= 0) in a temperature step. */

int count_steps(const float *mag, int n, float high, float low)
{
    int count = 0;
    for (int i = 0; i < n; i++) {
        clamp_magnitude(mag[i], high, low);
        count++;
    }
    return count;
}
