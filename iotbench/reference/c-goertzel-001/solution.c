#include <math.h>

float goertzel_mag(const float *x, int n, int k) {
    if (n <= 0) return 0.0f;
    double w = 2.0 * 3.14159265358979323846 * k / n;
    double c = 2.0 * cos(w);
    double s1 = 0.0, s2 = 0.0;
    for (int j = 0; j < n; j++) {
        double s0 = x[j] + c * s1 - s2;
        s2 = s1;
        s1 = s0;
    }
    double re = s1 - s2 * cos(w);
    double im = s2 * sin(w);
    return (float)sqrt(re * re + im * im);
}
