/* Judge for c-steps-001: noisy synthetic gait (hysteresis matters) and edge cases. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

int count_steps(const float *mag, int n, float high, float low);

static int want(const float *m, int n, float hi, float lo) {
    int armed = 0, c = 0;
    for (int i = 0; i < n; i++) {
        if (m[i] < lo) armed = 1;
        else if (m[i] > hi && armed) { c++; armed = 0; }
    }
    return c;
}

static unsigned rng_state = 12345u;
static float noise(void) { /* uniform in [-1, 1), deterministic */
    rng_state = rng_state * 1103515245u + 12345u;
    return ((rng_state >> 8) & 0xFFFF) / 32768.0f - 1.0f;
}

static int check(const char *name, const float *m, int n, float hi, float lo) {
    int w = want(m, n, hi, lo), got = count_steps(m, n, hi, lo);
    if (got != w) { printf("%s (high %.2f, low %.2f): got %d, want %d\n", name, hi, lo, got, w); return 1; }
    return 0;
}

int main(void) {
    static float m[3000];
    int n = 3000; /* 60 s at 50 Hz, 1.8 steps/s */
    for (int i = 0; i < n; i++)
        m[i] = 1.0f + 0.35f * sinf(2 * 3.14159265f * 1.8f * i / 50.0f) + 0.12f * noise();
    if (check("walking", m, n, 1.2f, 0.8f)) return 1;
    if (check("walking, narrow band", m, n, 1.05f, 0.95f)) return 1;
    if (want(m, n, 1.2f, 0.8f) < 100) { puts("judge error"); return 2; }
    for (int i = 0; i < 500; i++) m[i] = 1.0f + 0.02f * noise();
    if (check("standing", m, 500, 1.2f, 0.8f)) return 1;
    float s[] = {1.5f, 0.5f, 1.5f, 1.5f, 0.9f, 1.5f, 0.5f, 0.7f, 1.3f, 0.4f};
    if (check("starts above high", s, 10, 1.2f, 0.8f)) return 1;
    if (check("empty", s, 0, 1.2f, 0.8f)) return 1;
    puts("ok");
    return 0;
}
