#include <math.h>

int first_jump(const float *temp, int n, float max_delta) {
    for (int i = 1; i < n; i++)
        if (fabsf(temp[i] - temp[i - 1]) > max_delta) return i;
    return -1;
}
