/* Judge for c-kalman-001. */
#include <math.h>
#include <stdio.h>

void kalman1d(const float *z, float *out, int n, float q, float r);

static int check(const float *z, int n, float q, float r) {
    static float out[2001];
    for (int i = 0; i <= n; i++) out[i] = -1e9f;
    kalman1d(z, out, n, q, r);
    double x = n ? z[0] : 0, P = r;
    for (int i = 0; i < n; i++) {
        if (i) {
            P += q;
            double K = P / (P + r);
            x += K * (z[i] - x);
            P *= 1 - K;
        }
        if (fabs(out[i] - x) > 1e-3 + 1e-5 * fabs(x)) {
            printf("q %g r %g: out[%d] = %f, want %f\n", q, r, i, out[i], x);
            return 1;
        }
    }
    if (out[n] != -1e9f) { puts("wrote past out[n-1]"); return 1; }
    return 0;
}

int main(void) {
    static float z[2000];
    unsigned s = 8u;
    for (int i = 0; i < 2000; i++) {
        s = s * 1103515245u + 12345u;
        z[i] = 1013.25f + 0.5f * sinf(i / 300.0f) + (((s >> 16) % 2000) / 1000.0f - 1.0f);
    }
    if (check(z, 2000, 1e-4f, 0.3f)) return 1;
    if (check(z, 500, 0.05f, 1.0f)) return 1;
    float y[3] = {2.0f, 4.0f, 3.0f};
    if (check(y, 3, 0.0f, 1.0f)) return 1;
    if (check(y, 1, 0.1f, 1.0f)) return 1;
    if (check(y, 0, 0.1f, 1.0f)) return 1;
    puts("ok");
    return 0;
}
