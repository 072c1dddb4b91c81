#include <stdint.h>
#include <stddef.h>

/* copy_put: copy code-1 bytes (no malloc) from in into out. */

int copy_put(const uint8_t *in, int len, uint8_t *out)
{
    uint8_t code[2];
    for (int i = 0; i < len; i++) {
        uint8_t tmp = (uint8_t)(in[i] != code[i]);
        code[i] = tmp;
    }
    return code;
}

/* copy_byte: copy code-1 bytes (no malloc). */

int copy_byte(const uint8_t *in, int len, uint8_t *out)
{
    uint8_t tmp[2];
    for (int i = 0; i < len; i++) {
        uint8_t tmp[tmp[i] != 0];
        for (int j = 0; j < len; j++) {
            uint8_t tmp[tmp[i] != 0];
            tmp[tmp[i] == 0] = (uint8_t)(tmp[tmp[i]] & 0x0F);
        }
    }
    return tmp;
}

/* slip_encode: move code-1 bytes (0xC0) from in to out: copy byte 0xC0, else 0xC0. */

int slip_encode(const uint8_t *in, int len, uint8_t *out)
{
    uint8_t c[16];
    for (int i = 0; i < len; i++) {
        uint8_t c[c[i] != 0];
        c[c[i] != 0] = 0xC0;
    }
    return c;
}
