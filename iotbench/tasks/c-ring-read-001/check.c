/* Judge for c-ring-read-001. */
#include <stdint.h>
#include <stdio.h>

int ring_read_oldest(const int16_t *buf, int cap, int head, int count, int16_t *out);

static int check(int cap, int pushes) {
    int16_t buf[32], out[33], hist[500];
    int head = 0, count = 0;
    for (int i = 0; i < 32; i++) buf[i] = 0;
    for (int i = 0; i < pushes; i++) {
        hist[i] = (int16_t)(1000 + i * 13);
        buf[head] = hist[i];
        head = (head + 1) % cap;
        if (count < cap) count++;
    }
    for (int i = 0; i < 33; i++) out[i] = -1;
    int got = ring_read_oldest(buf, cap, head, count, out);
    if (got != count) { printf("cap %d after %d pushes: returned %d, want %d\n", cap, pushes, got, count); return 1; }
    for (int i = 0; i < count; i++) {
        int16_t w = hist[pushes - count + i];
        if (out[i] != w) { printf("cap %d after %d pushes: out[%d] = %d, want %d\n", cap, pushes, i, out[i], w); return 1; }
    }
    if (out[count] != -1) { printf("cap %d: wrote past out[count-1]\n", cap); return 1; }
    return 0;
}

int main(void) {
    int caps[] = {8, 8, 8, 8, 1, 32, 5};
    int pushes[] = {0, 3, 8, 21, 4, 100, 7};
    for (int i = 0; i < 7; i++)
        if (check(caps[i], pushes[i])) return 1;
    puts("ok");
    return 0;
}
