#include <math.h>

static float stdev(const float *x, int n) {
    double s = 0, s2 = 0;
    for (int i = 0; i < n; i++) s += x[i];
    double m = s / n;
    for (int i = 0; i < n; i++) s2 += (x[i] - m) * (x[i] - m);
    return (float)sqrt(s2 / n);
}

int classify_activity(const float *ax, const float *ay, const float *az, int n) {
    if (n <= 0) return 0;
    float a = (stdev(ax, n) + stdev(ay, n) + stdev(az, n)) / 3.0f;
    double s = 0, s2 = 0;
    for (int i = 0; i < n; i++) s += sqrt(ax[i] * ax[i] + ay[i] * ay[i] + az[i] * az[i]);
    double mean = s / n;
    for (int i = 0; i < n; i++) {
        double d = sqrt(ax[i] * ax[i] + ay[i] * ay[i] + az[i] * az[i]) - mean;
        s2 += d * d;
    }
    double m = sqrt(s2 / n);
    if (a < 1.0f) return 0;
    if (a < 3.0f) return 1;
    if (m > 6.0) return 3;
    return 2;
}
