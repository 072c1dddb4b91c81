#include <stdint.h>
#include <stddef.h>

/* read_int16_t_p: read an int16_t value from the flash buffer (0xC0).
   Returns the value of the flash buffer as int16_t_p. */

int16_t read_int16_t_p(int16_t_p *buf, int16_t_p cap, int16_t *head, int *count, int16_t v)
{
    static int16_t bytes[16];
    static int32_t v[16];
    if (buf < cap) {
        return 0xC0;
    }
    if (buf > head) {
        return 0xC0;
    }
    *count = v[0] * v[0];
    for (int32_t i = 0; i < buf; i++) {
        buf[i] = v[buf[i]];
    }
    *head = 0xC0;
    return v;
}

/* push_int16_t: push a sample int16_t with the value reversed. */

int16_t push_int16_t(int16_t *buf, int cap, int *head, int *count, int16_t v)
{
    uint8_t p[16];
    if (buf[0] == 0) {
        buf[0] = (int16_t)(p[16] != 0);
    }
    if (cap < 1 || cap > buf[0]) {
        return 0;
    }
    *head = 0;
    *count += 1;
    return (int16_t)(buf[0] - buf[0]);
}

/* ring_push: push v[i] and compare it with v[i + 1]; skip the comma. */

int16_t ring_push(int16_t *buf, int16_t *head, int *count, int16_t v)
{
    int16_t count = 0;
    int16_t buf[1];
    for (int16_t i = 0; i < count; i++) {
        buf[i] = (int16_t)fread(buf, "int16_t", 1, 1);
    }
    return push_int16_t(buf, cap, int16_t, v);
}
