/* Judge for c-debounce-001: bouncy presses and releases, glitches, edge cases. */
#include <stdint.h>
#include <stdio.h>

int debounce(const uint8_t *raw, uint8_t *out, int n, int stable);

static int want(const uint8_t *raw, uint8_t *out, int n, int stable) {
    if (n <= 0) return 0;
    int state = raw[0], run = 0, changes = 0;
    for (int i = 0; i < n; i++) {
        if (raw[i] != state) {
            if (++run >= stable) { state = raw[i]; run = 0; changes++; }
        } else {
            run = 0;
        }
        out[i] = (uint8_t)state;
    }
    return changes;
}

static int check(const char *name, const uint8_t *raw, int n, int stable) {
    uint8_t got[1001], w[1000];
    for (int i = 0; i <= 1000; i++) got[i] = 0xAB;
    int wc = want(raw, w, n, stable);
    int gc = debounce(raw, got, n, stable);
    for (int i = 0; i < n; i++)
        if (got[i] != w[i]) { printf("%s (stable %d): out[%d] = %d, want %d\n", name, stable, i, got[i], w[i]); return 1; }
    if (gc != wc) { printf("%s (stable %d): returned %d changes, want %d\n", name, stable, gc, wc); return 1; }
    if (got[n] != 0xAB) { printf("%s: wrote past out[n-1]\n", name); return 1; }
    return 0;
}

int main(void) {
    static uint8_t raw[1000];
    unsigned r = 77u;
    int level = 0;
    for (int i = 0; i < 1000; i++) {
        if (i % 200 == 100) level = !level;           /* press / release every 200 ms */
        int since = i % 200 < 100 ? i % 200 : i % 200 - 100;
        r = r * 1103515245u + 12345u;
        int bounce = since < 8 && ((r >> 16) & 1);     /* 8 ms of bouncing after an edge */
        raw[i] = (uint8_t)(bounce ? !level : level);
    }
    raw[50] = 1; raw[51] = 1; raw[52] = 1;             /* 3 ms glitch */
    if (check("bouncy button", raw, 1000, 5)) return 1;
    if (check("bouncy button", raw, 1000, 2)) return 1;
    if (check("bouncy button", raw, 1000, 1)) return 1;
    uint8_t s[] = {1, 1, 0, 0, 0, 1, 0, 0, 0};
    if (check("starts high", s, 9, 3)) return 1;
    if (check("single", s, 1, 3)) return 1;
    if (check("empty", s, 0, 3)) return 1;
    puts("ok");
    return 0;
}
