/* Judge for c-lpf-q15-001: step responses up and down (negative differences), noise, extremes. */
#include <stdint.h>
#include <stdio.h>

int16_t lpf_q15_step(int16_t *state, int16_t x, int16_t alpha);

static int16_t want_step(int16_t *s, int16_t x, int16_t a) {
    int32_t d = (int32_t)x - *s;
    int32_t p = (int32_t)a * d;
    int32_t q = p >= 0 ? p >> 15 : -((-p + 32767) >> 15); /* floor division by 32768 */
    *s = (int16_t)(*s + q);
    return *s;
}

int main(void) {
    int16_t alphas[] = {3277, 16384, 32767, 1, 0};
    unsigned r = 5u;
    for (int k = 0; k < 5; k++) {
        int16_t s_got = 0, s_want = 0;
        for (int i = 0; i < 400; i++) {
            int16_t x;
            if (i < 100) x = 20000;
            else if (i < 200) x = -20000;
            else if (i < 300) { r = r * 1103515245u + 12345u; x = (int16_t)(r >> 16); }
            else x = (i & 1) ? 32767 : -32768;
            int16_t w = want_step(&s_want, x, alphas[k]);
            int16_t g = lpf_q15_step(&s_got, x, alphas[k]);
            if (g != w || s_got != w) {
                printf("alpha %d, step %d (x = %d): returned %d, state %d, want %d\n",
                       alphas[k], i, x, g, s_got, w);
                return 1;
            }
        }
    }
    puts("ok");
    return 0;
}
