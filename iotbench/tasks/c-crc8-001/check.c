/* Judge for c-crc8-001: datasheet example, catalogue check value, random buffers. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

uint8_t crc8(const uint8_t *data, size_t len);

static uint8_t ref(const uint8_t *d, size_t n) {
    uint8_t c = 0xFF;
    for (size_t i = 0; i < n; i++) {
        c ^= d[i];
        for (int b = 0; b < 8; b++) c = (uint8_t)((c & 0x80) ? (c << 1) ^ 0x31 : c << 1);
    }
    return c;
}

static int check(const char *name, const uint8_t *d, size_t n, uint8_t w) {
    uint8_t g = crc8(d, n);
    if (g != w) { printf("%s (len %zu): got 0x%02X, want 0x%02X\n", name, n, g, w); return 1; }
    return 0;
}

int main(void) {
    const uint8_t beef[] = {0xBE, 0xEF};
    const uint8_t digits[] = "123456789";
    if (check("0xBEEF", beef, 2, 0x92)) return 1;
    if (check("\"123456789\"", digits, 9, 0xF7)) return 1;
    const uint8_t zero[] = {0x00, 0x00};
    if (check("zeros", zero, 2, ref(zero, 2))) return 1;
    if (check("empty", beef, 0, 0xFF)) return 1;
    uint8_t buf[300];
    unsigned r = 5u;
    for (int i = 0; i < 300; i++) { r = r * 1103515245u + 12345u; buf[i] = (uint8_t)(r >> 16); }
    for (size_t n = 1; n <= 300; n += 37)
        if (check("random", buf, n, ref(buf, n))) return 1;
    puts("ok");
    return 0;
}
