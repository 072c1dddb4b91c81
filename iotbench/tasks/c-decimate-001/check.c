/* Judge for c-decimate-001. */
#include <math.h>
#include <stdio.h>

int decimate_avg(const float *in, int n, int factor, float *out);

static int check(const float *in, int n, int factor) {
    static float out[1100];
    for (int i = 0; i < 1100; i++) out[i] = -777.0f;
    int m = decimate_avg(in, n, factor, out);
    if (m != n / factor) { printf("n=%d factor=%d: returned %d, want %d\n", n, factor, m, n / factor); return 1; }
    for (int j = 0; j < m; j++) {
        double s = 0;
        for (int i = 0; i < factor; i++) s += in[j * factor + i];
        double w = s / factor;
        if (fabs(out[j] - w) > 1e-4 * (1 + fabs(w))) {
            printf("n=%d factor=%d: out[%d] = %f, want %f\n", n, factor, j, out[j], w);
            return 1;
        }
    }
    if (out[m] != -777.0f) { printf("n=%d factor=%d: wrote past out[%d]\n", n, factor, m - 1); return 1; }
    return 0;
}

int main(void) {
    static float x[1000];
    for (int i = 0; i < 1000; i++) x[i] = 9.81f + 0.5f * sinf(i / 9.0f) + ((i * 31) % 17) / 17.0f;
    if (check(x, 1000, 4)) return 1;
    if (check(x, 1000, 3)) return 1;
    if (check(x, 999, 10)) return 1;
    if (check(x, 7, 1)) return 1;
    if (check(x, 5, 8)) return 1;
    if (check(x, 0, 2)) return 1;
    puts("ok");
    return 0;
}
