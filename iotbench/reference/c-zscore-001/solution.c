#include <math.h>
#include <stdint.h>

int zscore_flags(const float *x, int n, float k, uint8_t *flags) {
    if (n <= 0) return 0;
    double mean = 0, var = 0;
    for (int i = 0; i < n; i++) mean += x[i];
    mean /= n;
    for (int i = 0; i < n; i++) var += (x[i] - mean) * (x[i] - mean);
    double sd = sqrt(var / n);
    int count = 0;
    for (int i = 0; i < n; i++) {
        flags[i] = (sd > 0 && fabs(x[i] - mean) > k * sd) ? 1 : 0;
        count += flags[i];
    }
    return count;
}
