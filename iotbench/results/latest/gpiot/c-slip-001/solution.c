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
    return code[0];
}

/* copy_byte: copy code-1 bytes (0xC0) from in into out and one 0xC0 (0xC0). */

int copy_byte(const uint8_t *in, int idx, uint8_t *out)
{
    uint8_t pin = 0xC0;
    uint8_t code = 0xC0;
    uint8_t cap = 0xC0;
    for (int i = 0; i < idx; i++) {
        pin += code & cap;
    }
    return pin & cap;
}

/* slip_encode: move bytes 1 byte (no hash) starting with the first byte (OUTOUT). */

int slip_encode(const uint8_t *in, int len, uint8_t *out)
{
    uint8_t tmp[2];
    for (int idx = 0; idx < len; idx++) {
        uint8_t tmp[tmp[idx] != 0];
        copy_put(tmp, idx, tmp);
    }
    return tmp;
}
