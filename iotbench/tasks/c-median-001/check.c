/* Judge for c-median-001. */
#include <stdio.h>

void median3_filter(const float *in, float *out, int n);

static float med3(float a, float b, float c) {
    if ((a <= b && b <= c) || (c <= b && b <= a)) return b;
    if ((b <= a && a <= c) || (c <= a && a <= b)) return a;
    return c;
}

static int check(const char *name, const float *in, int n) {
    float out[300];
    for (int i = 0; i < 300; i++) out[i] = -12345.0f;
    median3_filter(in, out, n);
    for (int i = 0; i < n; i++) {
        float w = (i == 0 || i == n - 1) ? in[i] : med3(in[i - 1], in[i], in[i + 1]);
        if (out[i] != w) { printf("%s (n=%d): out[%d] = %g, want %g\n", name, n, i, out[i], w); return 1; }
    }
    if (out[n] != -12345.0f) { printf("%s: wrote past out[n-1]\n", name); return 1; }
    return 0;
}

int main(void) {
    float d[200];
    unsigned s = 3u;
    for (int i = 0; i < 200; i++) {
        s = s * 1103515245u + 12345u;
        d[i] = 100.0f + (float)((s >> 16) % 100) / 10.0f;
        if (i % 17 == 5) d[i] = 999.0f;
        if (i % 23 == 11) d[i] = 0.0f;
    }
    if (check("distance with spikes", d, 200)) return 1;
    float a[] = {5, 1, 5, 2, 2, 9, -3, 4};
    if (check("small", a, 8)) return 1;
    float b[] = {3, 1, 2};
    if (check("three samples", b, 3)) return 1;
    if (check("two samples", b, 2)) return 1;
    if (check("one sample", b, 1)) return 1;
    if (check("empty", b, 0)) return 1;
    puts("ok");
    return 0;
}
