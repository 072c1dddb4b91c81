/* Judge for c-fir-q15-001: low-pass taps, saturating taps, impulse, edge cases (+-1 LSB allowed). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

void fir_q15(const int16_t *x, int16_t *y, int n, const int16_t *h, int taps);

static int16_t want1(const int16_t *x, int i, const int16_t *h, int taps) {
    int64_t acc = 0;
    for (int j = 0; j < taps; j++)
        if (i - j >= 0) acc += (int32_t)h[j] * x[i - j];
    acc = (acc + 16384) >> 15;
    if (acc > 32767) acc = 32767;
    if (acc < -32768) acc = -32768;
    return (int16_t)acc;
}

static int check(const char *name, const int16_t *x, int n, const int16_t *h, int taps) {
    static int16_t y[600];
    for (int i = 0; i < 600; i++) y[i] = 0x1234;
    fir_q15(x, y, n, h, taps);
    for (int i = 0; i < n; i++) {
        int16_t w = want1(x, i, h, taps);
        if (abs(y[i] - w) > 1) { printf("%s: y[%d] = %d, want %d\n", name, i, y[i], w); return 1; }
    }
    if (y[n] != 0x1234) { printf("%s: wrote past y[n-1]\n", name); return 1; }
    return 0;
}

int main(void) {
    static int16_t x[512];
    unsigned s = 7u;
    for (int i = 0; i < 512; i++) { s = s * 1103515245u + 12345u; x[i] = (int16_t)(s >> 16); }
    const int16_t lp[5] = {3277, 8192, 9830, 8192, 3277};          /* sum ~ 1.0 */
    const int16_t hot[4] = {32767, 32767, 32767, -32768};          /* overflows */
    const int16_t one[1] = {16384};                                  /* 0.5 gain */
    if (check("low-pass", x, 512, lp, 5)) return 1;
    if (check("saturating taps", x, 512, hot, 4)) return 1;
    if (check("half gain", x, 512, one, 1)) return 1;
    int16_t imp[8] = {32767, 0, 0, 0, 0, 0, 0, 0};
    if (check("impulse", imp, 8, lp, 5)) return 1;
    int16_t neg[6] = {-32768, -32768, -32768, -32768, -32768, -32768};
    if (check("negative full scale", neg, 6, lp, 5)) return 1;
    if (check("empty", x, 0, lp, 5)) return 1;
    puts("ok");
    return 0;
}
