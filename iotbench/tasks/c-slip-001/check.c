/* Judge for c-slip-001. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

int slip_encode(const uint8_t *in, int len, uint8_t *out);

static int ref(const uint8_t *in, int len, uint8_t *out) {
    int o = 0;
    for (int i = 0; i < len; i++) {
        if (in[i] == 0xC0) { out[o++] = 0xDB; out[o++] = 0xDC; }
        else if (in[i] == 0xDB) { out[o++] = 0xDB; out[o++] = 0xDD; }
        else out[o++] = in[i];
    }
    out[o++] = 0xC0;
    return o;
}

static int check(const char *name, const uint8_t *in, int len) {
    static uint8_t want[1100], got[1100];
    int wn = ref(in, len, want);
    memset(got, 0xEE, sizeof got);
    int gn = slip_encode(in, len, got);
    if (gn != wn) { printf("%s (len %d): returned %d, want %d\n", name, len, gn, wn); return 1; }
    for (int i = 0; i < wn; i++)
        if (got[i] != want[i]) { printf("%s: out[%d] = 0x%02X, want 0x%02X\n", name, i, got[i], want[i]); return 1; }
    if (got[wn] != 0xEE) { printf("%s: wrote past the packet\n", name); return 1; }
    return 0;
}

int main(void) {
    const uint8_t a[] = {0x01, 0xC0, 0x02, 0xDB, 0x03};
    const uint8_t b[] = {0xC0, 0xC0, 0xDB, 0xDB, 0xDC, 0xDD};
    const uint8_t c[] = {0x48, 0x69};
    if (check("mixed", a, 5) || check("all special", b, 6) || check("plain", c, 2) || check("empty", c, 0))
        return 1;
    uint8_t r[500];
    unsigned s = 11u;
    for (int i = 0; i < 500; i++) { s = s * 1103515245u + 12345u; r[i] = (s >> 16) % 7 == 0 ? 0xC0 : (s >> 16) % 7 == 1 ? 0xDB : (uint8_t)(s >> 8); }
    if (check("random", r, 500)) return 1;
    puts("ok");
    return 0;
}
