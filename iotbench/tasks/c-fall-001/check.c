/* Judge for c-fall-001: real trunk acceleration magnitude (Daphnet, data/SOURCE.md) with synthetic
   falls, bumps and dips injected; answers within 0.1 s of the stated rule are accepted. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int detect_fall(const float *mag, int n, int fs);

#define N 1920
#define FS 64
static float base[N];

static int want(const float *m, int n, int fs) {
    int last = -1;
    for (int i = 0; i < n; i++) {
        if (m[i] > 2.5f && last >= 0 && i - last <= fs) return i;
        if (m[i] < 0.5f) last = i;
    }
    return -1;
}

static void dip(float *m, int k) {
    for (int i = 0; i < 22; i++) m[k + i] = 1.0f - 0.85f * i / 21.0f;
}
static void bump(float *m, int k) { m[k] = 3.0f; m[k + 1] = 3.4f; m[k + 2] = 2.8f; }
static void fall(float *m, int k, int n) {
    dip(m, k);
    float imp[4] = {3.6f, 4.2f, 3.3f, 2.6f};
    for (int i = 0; i < 4; i++) m[k + 22 + i] = imp[i];
    for (int i = k + 26; i < n && i < k + 26 + 4 * FS; i++) m[i] = 1.0f + 0.01f * ((i * 37) % 7 - 3);
}

static int check(const char *name, const float *m, int n, int fs) {
    int w = want(m, n, fs), got = detect_fall(m, n, fs);
    int ok = (w == -1) ? got == -1 : (got != -1 && abs(got - w) <= fs / 10);
    if (!ok) printf("%s: got %d, want %d\n", name, got, w);
    return !ok;
}

int main(void) {
    FILE *f = fopen("data/trunk_mag_g.txt", "r");
    if (!f) { puts("cannot open data/trunk_mag_g.txt"); return 2; }
    int n = 0;
    while (n < N && fscanf(f, "%f", &base[n]) == 1) n++;
    fclose(f);
    if (n != N) { printf("read %d samples, want %d\n", n, N); return 2; }
    static float m[N];
    memcpy(m, base, sizeof m);
    if (check("daily activity only", m, N, FS)) return 1;
    memcpy(m, base, sizeof m); fall(m, 12 * FS, N);
    if (check("fall at 12 s", m, N, FS)) return 1;
    memcpy(m, base, sizeof m); bump(m, 5 * FS); fall(m, 20 * FS, N);
    if (check("bump at 5 s, fall at 20 s", m, N, FS)) return 1;
    memcpy(m, base, sizeof m); dip(m, 8 * FS);
    if (check("free-fall dip only", m, N, FS)) return 1;
    memcpy(m, base, sizeof m); dip(m, 8 * FS); bump(m, 8 * FS + 22 + 2 * FS);
    if (check("dip, bump 2 s later", m, N, FS)) return 1;
    memcpy(m, base, sizeof m); dip(m, 8 * FS); bump(m, 8 * FS + 22 + FS / 2);
    if (check("dip, bump 0.5 s later", m, N, FS)) return 1;
    static float q[500];
    for (int i = 0; i < 500; i++) q[i] = 1.0f;
    fall(q, 200, 500);
    if (check("synthetic 50 Hz", q, 500, 50)) return 1;
    if (check("empty", q, 0, 50)) return 1;
    puts("ok");
    return 0;
}
