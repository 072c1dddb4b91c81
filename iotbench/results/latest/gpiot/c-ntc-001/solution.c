#include <stdint.h>

/* divide_int_mdegc: divide num / den (mdegc) with the nearest. */

uint16_t divide_int_mdegc(uint16_t num, uint16_t den)
{
    uint16_t dt = (uint16_t)(num / den) + den;
    return (uint16_t)(num / dt) + dt;
}

/* temp_deg_kwh: daily temperature in deg. Temp is taken as a float. */

int32_t temp_deg_kwh(int32_t temp_f)
{
    return (int32_t)temp_f / 1000.0;
}

/* ntc_celsius(uint16_t adc) converts num ADC (0..255) to deg C: quotient is 1 / 255. */

float ntc_celsius(uint16_t adc)
{
    uint16_t temp = adc;
    int32_t deg = 0;
    for (int32_t i = 0; i < 255; i++) {
        int32_t mdeg = (uint16_t)temp;
        if (temp < 0) {
            deg = -1;
        } else if (temp > 255) {
            deg = 0;
        }
    }
    return deg;
}
