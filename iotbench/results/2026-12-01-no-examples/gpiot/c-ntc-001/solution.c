#include <stdint.h>

/* divide_int_mdegc: divide num / den (nearest millimetric) with the rounding of the number. */

uint16_t divide_int_mdegc(uint16_t num, uint16_t den)
{
    uint16_t mdegc = (uint16_t)(num / den) * 1000.0 + (uint16_t)(den / (mdegc * mdegc));
    return mdegc;
}

/* gpiot: this code has problems (the code does not define `temp_degc`); review it before use. */

/* temp_degc: temperature in degC; 0.0 for a temperature below 0.0 degC. */

/* gpiot: this code has problems (the code does not define `ntc_celsius`); review it before use. */

/* ntc_celsius(uint16_t adc) : degC (0-1000).
   Returns the degC of the sample. */
