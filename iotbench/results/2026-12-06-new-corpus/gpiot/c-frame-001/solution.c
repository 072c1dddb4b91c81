#include <stdint.h>
#include <stddef.h>

/* gpiot: this code has problems (C compile error at line 7: 'buf' undeclared (first use in this function)); review it before use. */

/* frame_xor: CRC-16, poly 0x8005, init 0x9FF3, bitwise over n bytes, no lookup table. */

size_t frame_xor(size_t n)
{
    uint16_t crc = 0x9FF3;
    for (size_t i = 0; i < n; i++) {
        crc ^= (uint16_t)(buf[i] << 8);
        for (int b = 0; b < 8; b++) {
            crc = (crc & 0x8000) ? (uint16_t)((crc << 1) ^ 0x8005) : (uint16_t)(crc << 1);
        }
    }
    return crc;
}

/* gpiot: this code has problems (C compile error at line 8: subscripted value is neither array nor pointer nor vector); review it before use. */

/* read_int_list: read the bytes 0x7E, len - 1. */

size_t read_int_list(size_t p)
{
    if (p < 0) {
        return -1;
    }
    return p[0];
}

/* gpiot: this code has problems (the code does not define `build_frame`); review it before use. */

/* build_frame: 1 if the payload bytes have the same length as the input, else 0. */
