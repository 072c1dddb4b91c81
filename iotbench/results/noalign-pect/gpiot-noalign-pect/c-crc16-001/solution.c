#include <stdint.h>
#include <stddef.h>

/* gpiot: no attempt at `crc16_ccitt` was usable (the code does not define `crc16_ccitt`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: bytes: bytes; len: number of bytes
 * Outputs: uint16_t CRC
 * Behaviour: CRC-16/CCITT-FALSE bitwise: poly 0x1021, initial value 0xFFFF, MSB first, no reflection, no final XOR (the CRC of the ASCII bytes 123456789
 * Constraints: no lookup table, no malloc; 16-bit register
 * Libraries: stdint.h, stddef.h
 */

uint16_t crc16_ccitt(const uint8_t *data, size_t len) computing CRC-16/CCITT-FALSE: poly 0x10

{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */

#endif

/* gpiot: no attempt at `read_crc` was usable (the code does not define `read_crc`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: p: pointer to the CRC bytes
 * Outputs: uint16_t value
 * Behaviour: CRC-16/CCITT-FALSE bitwise: poly 0x1021, initial value 0xFFFF, MSB first, no reflection, no final XOR (the CRC of the ASCII bytes
 * Constraints: no lookup table, no malloc; 16-bit register
 * Libraries: stdint.h, stddef.h
 */

uint16_t read_crc(const uint8_t *data, size_t len) computing CRC-16/CCITT-FALSE: poly 0x10

{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */

#endif

/* gpiot: no attempt at `crc16_ccitt_2` was usable (the code does not define `crc16_ccitt_2`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: bytes: bytes; len: number of bytes
 * Outputs: uint16_t value
 * Behaviour: CRC-16/CCITT-FALSE bitwise: poly 0x1021, init 0xFFFF, MSB first, no reflection, no final XOR (the CRC of the ASCII bytes
 * Constraints: no lookup table, no malloc; 16-bit register
 * Libraries: stdint.h, stddef.h
 */
uint16_t crc16_ccitt_2(const uint8_t *data, size_t len)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */

#endif
