/* Judge for c-compl-001: noisy accelerometer angle + biased gyro of a rocking frame. */
#include <math.h>
#include <stdio.h>

void complementary_filter(const float *acc_angle, const float *gyro_rate, float *out, int n,
                          float dt, float alpha);

static int check(const float *a, const float *g, int n, float dt, float alpha) {
    static float out[4001];
    for (int i = 0; i <= n; i++) out[i] = -999.0f;
    complementary_filter(a, g, out, n, dt, alpha);
    double w = n ? a[0] : 0;
    for (int i = 0; i < n; i++) {
        if (i) w = alpha * (w + g[i] * dt) + (1 - alpha) * a[i];
        if (fabs(out[i] - w) > 1e-3 + 1e-4 * fabs(w)) {
            printf("dt %.3f alpha %.2f: out[%d] = %f, want %f\n", dt, alpha, i, out[i], w);
            return 1;
        }
    }
    if (out[n] != -999.0f) { puts("wrote past out[n-1]"); return 1; }
    return 0;
}

int main(void) {
    static float a[4000], g[4000];
    unsigned r = 1u;
    for (int i = 0; i < 4000; i++) {
        float t = i * 0.005f;
        float ang = 15.0f * sinf(2 * 3.14159265f * 0.3f * t);
        float rate = 15.0f * 2 * 3.14159265f * 0.3f * cosf(2 * 3.14159265f * 0.3f * t);
        r = r * 1103515245u + 12345u;
        a[i] = ang + 2.0f * (((r >> 16) % 1000) / 500.0f - 1.0f);
        g[i] = rate + 0.8f;
    }
    if (check(a, g, 4000, 0.005f, 0.98f)) return 1;
    if (check(a, g, 1000, 0.02f, 0.9f)) return 1;
    if (check(a, g, 1, 0.01f, 0.98f)) return 1;
    if (check(a, g, 0, 0.01f, 0.98f)) return 1;
    puts("ok");
    return 0;
}
