/* Judge for c-frame-001. */
#include <stdint.h>
#include <stdio.h>

int build_frame(const uint8_t *payload, int len, uint8_t *out);

static int check(const uint8_t *p, int len) {
    uint8_t out[300];
    for (int i = 0; i < 300; i++) out[i] = 0xEE;
    int got = build_frame(p, len, out);
    if (len < 0 || len > 255) {
        if (got != -1) { printf("len %d: returned %d, want -1\n", len, got); return 1; }
        if (out[0] != 0xEE) { printf("len %d: wrote to out although invalid\n", len); return 1; }
        return 0;
    }
    if (got != len + 3) { printf("len %d: returned %d, want %d\n", len, got, len + 3); return 1; }
    uint8_t x = (uint8_t)len;
    if (out[0] != 0x7E || out[1] != len) { printf("len %d: header %02X %02X, want 7E %02X\n", len, out[0], out[1], len); return 1; }
    for (int i = 0; i < len; i++) {
        x ^= p[i];
        if (out[2 + i] != p[i]) { printf("len %d: payload byte %d is %02X, want %02X\n", len, i, out[2 + i], p[i]); return 1; }
    }
    if (out[2 + len] != x) { printf("len %d: checksum %02X, want %02X\n", len, out[2 + len], x); return 1; }
    if (out[3 + len] != 0xEE) { printf("len %d: wrote past the frame\n", len); return 1; }
    return 0;
}

int main(void) {
    uint8_t p[256];
    for (int i = 0; i < 256; i++) p[i] = (uint8_t)(i * 7 + 3);
    const uint8_t reading[] = {0x01, 0x09, 0xC4, 0x13, 0x88}; /* id 1, 25.00 C, 50.00 % */
    if (check(reading, 5)) return 1;
    uint8_t out[8];
    if (build_frame(reading, 5, out) != 8 || out[7] != (0x05 ^ 0x01 ^ 0x09 ^ 0xC4 ^ 0x13 ^ 0x88)) {
        puts("reading frame: wrong checksum"); return 1;
    }
    int lens[] = {1, 0, 17, 255, 256, -1};
    for (int i = 0; i < 6; i++)
        if (check(p, lens[i])) return 1;
    puts("ok");
    return 0;
}
