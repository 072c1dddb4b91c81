/* Judge for c-goertzel-001: DFT bins of tones, DC and noise (tolerance 1e-3 of n * max|x|). */
#include <math.h>
#include <stdio.h>

#define PI_D 3.14159265358979323846

float goertzel_mag(const float *x, int n, int k);

static double dft_mag(const float *x, int n, int k) {
    double re = 0, im = 0;
    for (int j = 0; j < n; j++) {
        double a = 2 * PI_D * (double)j * k / n;
        re += x[j] * cos(a);
        im -= x[j] * sin(a);
    }
    return sqrt(re * re + im * im);
}

static int check(const char *name, const float *x, int n, int k, double scale) {
    double w = dft_mag(x, n, k);
    float got = goertzel_mag(x, n, k);
    if (!(fabs(got - w) <= 1e-3 * scale + 1e-6)) {
        printf("%s (n=%d, k=%d): got %f, want %f\n", name, n, k, got, w);
        return 1;
    }
    return 0;
}

int main(void) {
    static float x[1024];
    unsigned r = 4u;
    for (int j = 0; j < 1024; j++) {
        r = r * 1103515245u + 12345u;
        x[j] = 0.5f + sinf(2 * (float)PI_D * 50 * j / 1024) + 0.3f * cosf(2 * (float)PI_D * 120 * j / 1024)
               + 0.1f * (((r >> 16) % 1000) / 500.0f - 1.0f);
    }
    int ks[] = {50, 120, 0, 1, 77, 511};
    for (int i = 0; i < 6; i++)
        if (check("tones", x, 1024, ks[i], 1024 * 1.9)) return 1;
    float y[205];
    for (int j = 0; j < 205; j++) /* DTMF '1' (697 + 1209 Hz) at 8 kHz */
        y[j] = sinf(2 * (float)PI_D * 697 * j / 8000) + sinf(2 * (float)PI_D * 1209 * j / 8000);
    int kd[] = {18, 31, 20, 27};
    for (int i = 0; i < 4; i++)
        if (check("DTMF", y, 205, kd[i], 205 * 2.0)) return 1;
    if (goertzel_mag(y, 0, 3) != 0.0f) { puts("n = 0 must give 0"); return 1; }
    puts("ok");
    return 0;
}
