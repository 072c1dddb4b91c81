/* Judge for c-crc16-001. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

uint16_t crc16_ccitt(const uint8_t *data, size_t len);

static uint16_t ref(const uint8_t *d, size_t n) {
    uint16_t c = 0xFFFF;
    for (size_t i = 0; i < n; i++) {
        c ^= (uint16_t)(d[i] << 8);
        for (int b = 0; b < 8; b++) c = (uint16_t)((c & 0x8000) ? (c << 1) ^ 0x1021 : c << 1);
    }
    return c;
}

static int check(const char *name, const uint8_t *d, size_t n, uint16_t w) {
    uint16_t g = crc16_ccitt(d, n);
    if (g != w) { printf("%s (len %zu): got 0x%04X, want 0x%04X\n", name, n, g, w); return 1; }
    return 0;
}

int main(void) {
    const uint8_t digits[] = "123456789";
    if (check("\"123456789\"", digits, 9, 0x29B1)) return 1;
    if (check("empty", digits, 0, 0xFFFF)) return 1;
    const uint8_t a[] = {'A'};
    if (check("\"A\"", a, 1, 0xB915)) return 1;
    uint8_t buf[512];
    unsigned r = 9u;
    for (int i = 0; i < 512; i++) { r = r * 1103515245u + 12345u; buf[i] = (uint8_t)(r >> 16); }
    for (size_t n = 1; n <= 512; n += 51)
        if (check("random", buf, n, ref(buf, n))) return 1;
    puts("ok");
    return 0;
}
