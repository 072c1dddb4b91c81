/* Judge for c-ring-push-001. */
#include <stdint.h>
#include <stdio.h>

void ring_push(int16_t *buf, int cap, int *head, int *count, int16_t v);

static int run(int cap, int pushes) {
    int16_t buf[64 + 1], want[64];
    int head = 0, count = 0, wh = 0, wc = 0;
    for (int i = 0; i <= 64; i++) buf[i] = 0x7777;
    for (int i = 0; i < 64; i++) want[i] = 0x7777;
    for (int i = 0; i < pushes; i++) {
        int16_t v = (int16_t)(i * 37 - 500);
        ring_push(buf, cap, &head, &count, v);
        want[wh] = v;
        wh = (wh + 1) % cap;
        if (wc < cap) wc++;
        if (head != wh || count != wc) {
            printf("cap %d, after push %d: head %d count %d, want head %d count %d\n", cap, i + 1, head, count, wh, wc);
            return 1;
        }
        for (int j = 0; j < cap; j++)
            if (buf[j] != want[j]) { printf("cap %d, after push %d: buf[%d] = %d, want %d\n", cap, i + 1, j, buf[j], want[j]); return 1; }
        if (buf[cap] != 0x7777) { printf("cap %d: wrote past buf[cap-1]\n", cap); return 1; }
    }
    return 0;
}

int main(void) {
    if (run(8, 3)) return 1;
    if (run(8, 20)) return 1;
    if (run(1, 5)) return 1;
    if (run(64, 200)) return 1;
    if (run(5, 5)) return 1;
    puts("ok");
    return 0;
}
