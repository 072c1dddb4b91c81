/* Judge for c-unframe-001: valid frames and every kind of corruption. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

int parse_frame(const uint8_t *buf, int n, uint8_t *payload);

static int mk(const uint8_t *p, int len, uint8_t *f) {
    uint8_t x = (uint8_t)len;
    f[0] = 0x7E; f[1] = (uint8_t)len;
    for (int i = 0; i < len; i++) { f[2 + i] = p[i]; x ^= p[i]; }
    f[2 + len] = x;
    return len + 3;
}

static int expect(const char *name, const uint8_t *f, int n, int want, const uint8_t *p) {
    uint8_t out[260];
    memset(out, 0xEE, sizeof out);
    int got = parse_frame(f, n, out);
    if (got != want) { printf("%s: returned %d, want %d\n", name, got, want); return 1; }
    if (want > 0 && memcmp(out, p, (size_t)want) != 0) { printf("%s: payload differs\n", name); return 1; }
    return 0;
}

int main(void) {
    uint8_t p[255], f[300];
    for (int i = 0; i < 255; i++) p[i] = (uint8_t)(200 - i * 3);
    int n = mk(p, 6, f);
    if (expect("valid 6-byte payload", f, n, 6, p)) return 1;
    n = mk(p, 255, f);
    if (expect("valid 255-byte payload", f, n, 255, p)) return 1;
    n = mk(p, 0, f);
    if (expect("valid empty payload", f, n, 0, p)) return 1;
    n = mk(p, 6, f); f[4] ^= 0x10;
    if (expect("corrupted payload byte", f, n, -1, p)) return 1;
    n = mk(p, 6, f); f[n - 1] ^= 0x01;
    if (expect("corrupted checksum", f, n, -1, p)) return 1;
    n = mk(p, 6, f); f[0] = 0x7F;
    if (expect("bad start byte", f, n, -1, p)) return 1;
    n = mk(p, 6, f);
    if (expect("truncated frame", f, n - 1, -1, p)) return 1;
    if (expect("too short", f, 2, -1, p)) return 1;
    if (expect("empty", f, 0, -1, p)) return 1;
    puts("ok");
    return 0;
}
