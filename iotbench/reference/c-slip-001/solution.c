#include <stdint.h>

int slip_encode(const uint8_t *in, int len, uint8_t *out) {
    int o = 0;
    for (int i = 0; i < len; i++) {
        if (in[i] == 0xC0) {
            out[o++] = 0xDB;
            out[o++] = 0xDC;
        } else if (in[i] == 0xDB) {
            out[o++] = 0xDB;
            out[o++] = 0xDD;
        } else {
            out[o++] = in[i];
        }
    }
    out[o++] = 0xC0;
    return o;
}
