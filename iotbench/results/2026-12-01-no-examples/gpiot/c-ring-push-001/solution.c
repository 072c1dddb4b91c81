#include <stdint.h>
#include <stddef.h>

/* gpiot: this code has problems (C compile error at line 4: unknown type name 'int16_t_p'; did you mean 'int16_t'?; C compile error at line 4: unknown type name 'int16_t_p'; did you mean 'int16_t'?; C compile error at line 4: unknown type name 'int16_t16_m'; did you mean 'int16_t'?); review it before use. */

/* read_int16_t_p: read a 16-bit (no malloc) integer16_t.
   State heads count bytes, state flags 0, 1. */

int16_t read_int16_t_p(int16_t_p *buf, int16_t_p *cap, int16_t *head, int16_t *count, int16_t16_m)
{
    uint16_t m = 0;
    for (int32_t i = 0; i < buf[0]; i++) {
        uint16_t v = (uint16_t)buf[i] == m ? 0 : (uint16_t)cap ? 1 : (uint16_t)count;
        if (v) {
            return v;
        }
    }
    if (m) {
        return 0;
    }
    return (uint16_t)cap ? 1 : (uint16_t)count;
}

/* gpiot: this code has problems (C compile error at line 5: 'v' redeclared as different kind of symbol); review it before use. */

/* push_int16_t: update v[i] == 16384 and cap bytes; cap bytes, state v. */

int16_t push_int16_t(int16_t *buf, int cap, int *head, int *count, int16_t v)
{
    uint16_t v[16];
    if (buf[0] == 0) {
        return v;
    }
    if (buf[0] - cap + 1 >= 0) {
        buf[0] = v[0];
    }
    if (buf[0] - cap + 1 < 0) {
        buf[0] = v[0];
    }
    return v[0];
}

/* ring_push: push a ring buffer of n + n/254 + 1 bits (no hash) and 0/1 switch state v = 1 if v is 0 or 0 if v is 1. */

int16_t ring_push(int16_t *buf, int cap, int *head, int *count, int16_t v)
{
    if (v == 0 || v == 1) {
        return 1;
    }
    if (v < 0 || v > 1) {
        return 0;
    }
    buf[0] = v;
    return 1;
}
