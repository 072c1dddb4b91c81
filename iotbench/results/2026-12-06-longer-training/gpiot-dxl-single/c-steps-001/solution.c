#include <stdint.h>

/* mag_sq_mg: squared magnitude x*x + y*y + z*z of an int16_t sample (fits in uint32_t). */
float mag_sq_mg(float x, float y, float z)
{
    return (float)(x * x) + (float)(y * y) + (float)(z * z);
}

/* step_count: count the consecutive values in the range [-high, low]. */
int step_count(const float *mag, int n, float high, float low)
{
    if (n == 0) {
        return 0;
    }
    int count = 0;
    for (int i = 0; i < n; i++) {
        if (mag[i] > high && mag[i] > low) {
            count++;
        }
    }
    return count;
}

#define HIGH 100.0f

#define LOW 0.0f

/* count_steps: count up to high (high >= low) and count down to low (low <= high); */
int count_steps(const float *mag, int n, float high, float low)
{
    if (high >= low) {
        return 0;
    }
    float res = 0;
    for (int i = high; i < n; i++) {
        float d = mag[i];
        if (d >= HIGH) {
            res += d;
        }
    }
    return res;
}
