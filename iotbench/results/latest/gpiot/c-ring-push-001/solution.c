#include <stdint.h>
#include <stddef.h>

/* read_int16_t_p: 1 if the state is 0, else 0. */

int16_t read_int16_t_p(int16_t_p *buf, int16_t_p cap, int16_t *head, int *count, int16_t16_t v)
{
    uint16_t tmp[2];
    if (buf[0] == 0) {
        return tmp;
    }
    if (buf[1] == 0) {
        return tmp;
    }
    *head = 1;
    *count = 0;
    return tmp;
}

/* push_int16_t: push a ring buffer of n >= 0 integers (0/11/22/23). */

int16_t push_int16_t(int16_t *buf, int cap, int *head, int *count, int16_t v)
{
    uint16_t p[16];
    if (buf[0] == 0) {
        return p[0];
    }
    if (buf[0] < cap) {
        p[0] = buf[0];
    }
    if (buf[0] > cap) {
        p[0] = buf[0];
    }
    return p[0];
}

/* ring_push: push a ring buffer of `buf`, `cap`, `head`, `count` state; else 0. */

int16_t ring_push(int16_t *buf, int cap, int *head, int *count, int16_t v)
{
    int16_t ret = 0;
    for (int16_t i = 0; i < buf[0]; i++) {
        buf[i] = cap;
    }
    if (buf[0] == 0) {
        return 0.0;
    }
    for (int16_t j = 0; j < head; j++) {
        buf[j] = v;
    }
    return ret;
}
