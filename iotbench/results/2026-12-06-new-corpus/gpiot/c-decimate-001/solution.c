#include <stdint.h>

/* divide_int: integer division num / den rounded to nearest, halves away from zero (den > 0). */

int32_t divide_int(int32_t num, int32_t den)
{
    return (num >= 0) ? (num + den / 2) / den : -((-num + den / 2) / den);
}

/* mean_add: add num1 with the value rounded to nearest (0..100). */

int32_t mean_add(int32_t num1, int32_t num2)
{
    if (num1 < 0 || num2 > 1) {
        return 0;
    }
    if (num1 < 0) {
        return -mean_add(num1, num2);
    }
    if (num2 < 0) {
        return -mean_add(num2, num1);
    }
    return mean_add(num1, num2);
}

/* gpiot: this code has problems (C compile error at line 5: 'num' undeclared (first use in this function); C compile error at line 11: 'den' undeclared (first use in this function)); review it before use. */

/* decimate_avg: divide num / den to nearest (0.0 for negative numbers). */

int32_t decimate_avg(const float *in, int n, int factor, float *out)
{
    if (num < 1) {
        return -1;
    }
    if (num > 1) {
        return 1;
    }
    return (num / factor) + (num - den / 2) / den;
}
