/* Judge for c-movavg-001: random and extreme 16-bit data, several window sizes. */
#include <stdint.h>
#include <stdio.h>

void moving_average_i16(const int16_t *in, int16_t *out, int n, int k);

static unsigned st = 99u;
static int16_t rnd16(void) { st = st * 1664525u + 1013904223u; return (int16_t)(st >> 16); }

static int check(const char *name, const int16_t *in, int n, int k) {
    static int16_t out[1024];
    for (int i = 0; i < 1024; i++) out[i] = 0x5A5A;
    moving_average_i16(in, out, n, k);
    for (int i = 0; i < n; i++) {
        int64_t s = 0;
        int lo = i - k + 1 < 0 ? 0 : i - k + 1;
        for (int j = lo; j <= i; j++) s += in[j];
        int16_t w = (int16_t)(s / (i - lo + 1));
        if (out[i] != w) {
            printf("%s (n=%d, k=%d): out[%d] = %d, want %d\n", name, n, k, i, out[i], w);
            return 1;
        }
    }
    if (out[n] != 0x5A5A) { printf("%s: wrote past out[n-1]\n", name); return 1; }
    return 0;
}

int main(void) {
    static int16_t x[1000];
    for (int i = 0; i < 1000; i++) x[i] = rnd16();
    if (check("random", x, 1000, 8)) return 1;
    if (check("random", x, 1000, 1)) return 1;
    if (check("random", x, 1000, 37)) return 1;
    for (int i = 0; i < 300; i++) x[i] = (i % 3) ? 32767 : -32768;
    if (check("extremes", x, 300, 16)) return 1;
    for (int i = 0; i < 300; i++) x[i] = 32767;
    if (check("full scale", x, 300, 64)) return 1;
    int16_t s[5] = {-7, 3, -2, 10, 4};
    if (check("small", s, 5, 2)) return 1;
    if (check("k > n", s, 5, 9)) return 1;
    if (check("empty", s, 0, 4)) return 1;
    puts("ok");
    return 0;
}
