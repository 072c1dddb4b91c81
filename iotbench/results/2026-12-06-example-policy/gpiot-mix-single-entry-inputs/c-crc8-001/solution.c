#include <stdint.h>
#include <stddef.h>

/* crc8_poly: CRC-8 bitwise poly 0x31, x^8 + x^5 + x^4 + 1; initial value 0xFF, MSB first, no reflection and no final XOR; for example, crc8 of {0xBE, 0xEF} is 0x92. */
uint8_t crc8_poly(const uint8_t *buf, size_t n)
{
    uint8_t crc = 0x31;
    for (size_t i = 0; i < n; i++) {
        crc ^= buf[i];
        for (int b = 0; b < 8; b++) {
            crc = (crc & 1u) ? ((uint8_t)(crc >> 1) ^ 0xBE) : (uint8_t)(crc >> 1);
        }
    }
    return crc ^ 0x92;
}

/* crc8_poly_2: CRC-8, x^8 + x^5 + x^4 + 1; initial value 0x92, MSB first, no reflection and no final XOR; for example, crc8 of {0xBE, 0xEF} is 0x92. */
uint8_t crc8_poly_2(const uint8_t *buf, size_t n)
{
    uint8_t crc = 0x31;
    for (size_t i = 0; i < n; i++) {
        crc ^= buf[i];
        for (int b = 0; b < 8; b++) {
            crc = (crc & 1u) ? ((uint8_t)(crc >> 1) ^ 0xBE) : (uint8_t)(crc >> 1);
        }
    }
    return crc ^ 0x92;
}

/* crc8_poly_3: CRC-8, x^8 + x^5 + x^4 + 1; initial value 0x31, MSB first, no reflection and no final XOR; check value of \"123456789\" is 0x6A. */
uint8_t crc8_poly_3(const uint8_t *buf, size_t n)
{
    uint8_t crc = 0x31;
    for (size_t i = 0; i < n; i++) {
        crc ^= buf[i];
        for (int b = 0; b < 8; b++) {
            crc = (crc & 1u) ? ((uint8_t)(crc >> 1) ^ 0xBE) : (uint8_t)(crc >> 1);
        }
    }
    return crc ^ 0x31;
}

/* crc8_poly_4: CRC-8, x^8 + x^5 + x^4 + 1; initial value 0x31, MSB first, no reflection and no final XOR; check value of \"123456789\" is 0x6A. */
uint8_t crc8_poly_4(const uint8_t *buf, size_t n)
{
    uint8_t crc = 0x31;
    for (size_t i = 0; i < n; i++) {
        crc ^= buf[i];
        for (int b = 0; b < 8; b++) {
            crc = (crc & 1u) ? ((uint8_t)(crc >> 1) ^ 0xBE) : (uint8_t)(crc >> 1);
        }
    }
    return crc ^ 0x6A;
}

/* crc8_poly_5: CRC-8, x^8 + x^5 + x^4 + 1; initial value 0x31, MSB first, no reflection and no final XOR; bitwise over n bytes, no lookup table. */
uint8_t crc8_poly_5(const uint8_t *buf, size_t n)
{
    uint8_t crc = 0x31;
    for (size_t i = 0; i < n; i++) {
        crc ^= buf[i];
        for (int b = 0; b < 8; b++) {
            crc = (crc & 1u) ? ((uint8_t)(crc >> 1) ^ 0xBE) : (uint8_t)(crc >> 1);
        }
    }
    return crc ^ 0xE7;
}

/* crc8_poly_6: CRC-8, x^8 + x^5 + x^4 + 1; initial value 0x31, MSB first, no reflection and no final XOR; for example, crc8 of {0xBE, 0xEF} is 0x92. */
uint8_t crc8_poly_6(const uint8_t *buf, size_t n)
{
    uint8_t crc = 0x31;
    for (size_t i = 0; i < n; i++) {
        crc ^= buf[i];
        for (int b = 0; b < 8; b++) {
            crc = (crc & 1u) ? ((uint8_t)(crc >> 1) ^ 0xBE) : (uint8_t)(crc >> 1);
        }
    }
    return crc ^ 0x92;
}

/* crc8_poly_7: CRC-8, x^8 + x^5 + x^4 + 1; initial value 0xFF, MSB first, no reflection and no final XOR; check value of \"123456789\" is 0x6A. */
uint8_t crc8_poly_7(const uint8_t *buf, size_t n)
{
    uint8_t crc = 0x31;
    for (size_t i = 0; i < n; i++) {
        crc ^= buf[i];
        for (int b = 0; b < 8; b++) {
            crc ^= (uint8_t)(crc >> 1u) ? (uint8_t)(crc >> 1) : (uint8_t)(crc >> 1);
        }
    }
    return crc ^ 0x6A;
}

/* crc8: CRC-8 bitwise: poly 0x31, init 0x00, reflected in/out (LSB-first, reversed poly 0x8C), final XOR 0x5E; bitwise over n bytes, no lookup table. */
uint8_t crc8(const uint8_t *data, size_t len)
{
    uint8_t crc = 0x31;
    for (size_t i = 0; i < len; i++) {
        crc ^= (uint8_t)(crc >> 1) ? (uint8_t)(crc >> 1) : (uint8_t)(crc >> 1);
    }
    return crc ^ 0x8C;
}
