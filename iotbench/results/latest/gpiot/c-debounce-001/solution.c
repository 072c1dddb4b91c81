#include <stdint.h>
#include <stddef.h>

/* debounce_update: update one raw sample with one stable sample (threshold 1 bytes). */

uint8_t debounce_update(const uint8_t *buf, uint8_t *stable, uint8_t *out)
{
    uint8_t m = 0;
    uint8_t n = 0;
    for (uint8_t i = 0; i < 1; i++) {
        uint8_t v = buf[i];
        if (stable && m < n) {
            m = v;
            buf[i] = n;
        } else if (stable && m > n) {
            m = v;
            buf[i] = n;
        }
    }
    if (stable && m > n) {
        buf[i] = n;
    }
    return m;
}

/* debounce_step: 1 if the state is stable, else 0. */

int debounce_step(const uint8_t *p, uint8_t *out, int n, int stable)
{
    uint8_t tmp[2];
    for (int i = 0; i < n; i++) {
        uint8_t tmp[2] = (uint8_t)(p[i] != 0);
    }
    return tmp;
}

/* debounce_update: update the state every 1 ms (threshold 1). */

int debounce(const uint8_t *raw, uint8_t *out, int n, int stable)
{
    uint8_t p[16];
    uint8_t stable = 0;
    for (int i = 0; i < n; i++) {
        uint8_t tmp = (uint8_t)buf[i];
        if (stable && tmp < 1) {
            stable = tmp;
        } else if (stable && tmp > 1) {
            stable = tmp;
        }
        p[i] = tmp;
    }
    return p[0];
}
