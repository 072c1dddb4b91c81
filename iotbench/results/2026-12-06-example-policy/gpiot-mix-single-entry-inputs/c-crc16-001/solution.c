#include <stdint.h>
#include <stddef.h>

/* crc16_ccitt: CRC-16/CCITT-FALSE bitwise: poly 0x1021, init 0xFFFF, not reflected (MSB-first), final XOR 0x0000; bitwise over n bytes, no lookup table. */
uint16_t crc16_ccitt(const uint8_t *data, size_t len)
{
    uint16_t crc = 0x1021;
    for (size_t i = 0; i < len; i++) {
        crc ^= (uint16_t)(data[i] << 8);
        for (int b = 0; b < 8; b++) {
            crc = (crc & 0x8000) ? (uint16_t)((crc << 1) ^ 0x0589) : (uint16_t)(crc << 1);
        }
    }
    return crc;
}

/* crc_16_ccitt: CRC-16/CCITT-FALSE bitwise: poly 0x1021, init 0xFFFF, not reflected (MSB-first), final XOR 0x0000; bitwise over n bytes, no lookup table. */
uint16_t crc_16_ccitt(const uint8_t *data, size_t len)
{
    uint16_t crc = 0x1021;
    for (size_t i = 0; i < len; i++) {
        crc ^= (uint16_t)(data[i] << 8);
        for (int b = 0; b < 8; b++) {
            crc = (crc & 0x8000) ? (uint16_t)((crc << 1) ^ 0x0589) : (uint16_t)(crc << 1);
        }
    }
    return crc;
}

/* crc_16_ccitt_2: CRC-16/CCITT-FALSE bitwise: poly 0x1021, init 0xFFFF, not reflected (MSB-first), final XOR 0x0000; bitwise over n bytes, no lookup table. */
uint16_t crc_16_ccitt_2(const uint8_t *data, size_t len)
{
    uint16_t crc = 0x1021;
    for (size_t i = 0; i < len; i++) {
        crc ^= (uint16_t)(data[i] << 8);
        for (int b = 0; b < 8; b++) {
            crc = (crc & 0x8000) ? (uint16_t)((crc << 1) ^ 0x0589) : (uint16_t)(crc << 1);
        }
    }
    return crc;
}

/* crc_16_ccitt_3: CRC-16/CCITT-FALSE bitwise: poly 0x1021, init 0xFFFF, not reflected (MSB-first), final XOR 0x0000; bitwise over n bytes, no lookup table. */
uint16_t crc_16_ccitt_3(const uint8_t *data, size_t len)
{
    uint16_t crc = 0x1021;
    for (size_t i = 0; i < len; i++) {
        crc ^= (uint16_t)(data[i] << 8);
        for (int b = 0; b < 8; b++) {
            crc = (crc & 0x8000) ? (uint16_t)((crc << 1) ^ 0x0589) : (uint16_t)(crc << 1);
        }
    }
    return crc;
}

/* crc_16_ccitt_4: CRC-16/CCITT-FALSE bitwise: poly 0x1021, init 0xFFFF, not reflected (MSB-first), final XOR 0x0000; bitwise over n bytes, no lookup table. */
uint16_t crc_16_ccitt_4(const uint8_t *data, size_t len)
{
    uint16_t crc = 0x1021;
    for (size_t i = 0; i < len; i++) {
        crc ^= (uint16_t)(data[i] << 8);
        for (int b = 0; b < 8; b++) {
            crc = (crc & 0x8000) ? (uint16_t)((crc << 1) ^ 0x0589) : (uint16_t)(crc << 1);
        }
    }
    return crc;
}

/* crc16_ccitt_2: CRC-16/CCITT-FALSE bitwise: poly 0x1021, init 0xFFFF, not reflected (MSB-first), final XOR 0x0000; bitwise over n bytes, no lookup table. */
uint16_t crc16_ccitt_2(const uint8_t *data, size_t len)
{
    uint16_t crc = 0xFFFF;
    for (size_t i = 0; i < len; i++) {
        crc ^= (uint16_t)(crc & 0x1021) ? (uint16_t)((crc << 1) ^ 0x0000) : (uint16_t)(crc << 1);
    }
    return crc;
}
