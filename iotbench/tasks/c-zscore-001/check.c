/* Judge for c-zscore-001. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>

int zscore_flags(const float *x, int n, float k, uint8_t *flags);

static int check(const char *name, const float *x, int n, float k) {
    uint8_t f[600];
    for (int i = 0; i < 600; i++) f[i] = 0xEE;
    double m = 0, s = 0;
    for (int i = 0; i < n; i++) m += x[i];
    if (n) m /= n;
    for (int i = 0; i < n; i++) s += (x[i] - m) * (x[i] - m);
    double sd = n ? sqrt(s / n) : 0;
    int want_count = 0;
    int got_count = zscore_flags(x, n, k, f);
    for (int i = 0; i < n; i++) {
        int w = sd > 0 && fabs(x[i] - m) > k * sd;
        want_count += w;
        if (f[i] != w) { printf("%s (k=%.1f): flags[%d] = %d, want %d\n", name, k, i, f[i], w); return 1; }
    }
    if (got_count != want_count) { printf("%s: returned %d, want %d\n", name, got_count, want_count); return 1; }
    if (f[n] != 0xEE) { printf("%s: wrote past flags[n-1]\n", name); return 1; }
    return 0;
}

int main(void) {
    float x[512];
    unsigned r = 17u;
    for (int i = 0; i < 512; i++) {
        r = r * 1103515245u + 12345u;
        x[i] = 0.2f * sinf(i * 0.7f) + ((r >> 16) % 1000) / 5000.0f;
    }
    x[40] = 3.0f; x[300] = -2.5f; x[301] = 1.1f;
    if (check("vibration", x, 512, 3.0f)) return 1;
    if (check("vibration", x, 512, 1.5f)) return 1;
    float c[8] = {2, 2, 2, 2, 2, 2, 2, 2};
    if (check("constant", c, 8, 1.0f)) return 1;
    float s[4] = {1, 2, 3, 100};
    if (check("small", s, 4, 1.5f)) return 1;
    if (check("empty", s, 0, 1.0f)) return 1;
    puts("ok");
    return 0;
}
