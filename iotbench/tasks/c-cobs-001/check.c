/* Judge for c-cobs-001: published COBS examples, long runs, random data (round trip). */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

size_t cobs_encode(const uint8_t *in, size_t len, uint8_t *out);

static size_t ref(const uint8_t *in, size_t len, uint8_t *out) {
    size_t code_i = 0, o = 1;
    uint8_t code = 1;
    for (size_t i = 0; i < len; i++) {
        if (in[i] == 0) {
            out[code_i] = code; code_i = o++; code = 1;
        } else {
            out[o++] = in[i];
            if (++code == 0xFF) { out[code_i] = code; code_i = o++; code = 1; }
        }
    }
    out[code_i] = code;
    return o;
}

static int check(const char *name, const uint8_t *in, size_t len) {
    static uint8_t want[1200], got[1200];
    size_t wn = ref(in, len, want);
    memset(got, 0xEE, sizeof got);
    size_t gn = cobs_encode(in, len, got);
    if (gn != wn) { printf("%s (len %zu): encoded length %zu, want %zu\n", name, len, gn, wn); return 1; }
    for (size_t i = 0; i < wn; i++)
        if (got[i] != want[i]) { printf("%s (len %zu): out[%zu] = 0x%02X, want 0x%02X\n", name, len, i, got[i], want[i]); return 1; }
    if (got[wn] != 0xEE) { printf("%s: wrote past the encoding\n", name); return 1; }
    return 0;
}

int main(void) {
    const uint8_t e1[] = {0x00}, e2[] = {0x00, 0x00}, e3[] = {0x11, 0x22, 0x00, 0x33},
                  e4[] = {0x11, 0x22, 0x33, 0x44}, e5[] = {0x11, 0x00, 0x00, 0x00};
    if (check("{00}", e1, 1) || check("{00 00}", e2, 2) || check("{11 22 00 33}", e3, 4) ||
        check("{11 22 33 44}", e4, 4) || check("{11 00 00 00}", e5, 4) || check("empty", e1, 0))
        return 1;
    uint8_t run[600];
    for (int i = 0; i < 600; i++) run[i] = (uint8_t)(i % 255 + 1);  /* no zeros */
    if (check("254 non-zero bytes", run, 254) || check("255 non-zero bytes", run, 255) ||
        check("600 non-zero bytes", run, 600))
        return 1;
    uint8_t rnd[1000];
    unsigned r = 3u;
    for (int i = 0; i < 1000; i++) { r = r * 1103515245u + 12345u; rnd[i] = (r >> 16) % 5 == 0 ? 0 : (uint8_t)(r >> 8); }
    if (check("random with zeros", rnd, 1000)) return 1;
    puts("ok");
    return 0;
}
