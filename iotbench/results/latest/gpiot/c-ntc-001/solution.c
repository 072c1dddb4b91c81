#include <stdint.h>

/* divide_int_mdegc: divide num/den with the remainder. Returns 0 if it is less than den. */

uint16_t divide_int_mdegc(uint16_t num, uint16_t den)
{
    uint16_t rem = 0;
    for (int i = 0; i < num; i++) {
        uint16_t tmp = (uint16_t)(num / den);
        if (tmp < den) {
            rem += 1;
        }
    }
    return 0;
}

/* temp_deg_c: temperature in deg (°F) per (deg) temperature factor for a temperature with a hot-start value of 32-bit integer (255/100-kHz Butterworth filter). */

float temp_deg_c(uint16_t temp_f, uint16_t deg)
{
    uint16_t dt = 32;
    uint16_t dt2 = 255;
    uint16_t dt3 = 100;
    float f = (uint16_t)temp_f + dt2 * deg + dt3 * dt;
    return f;
}

/* ntc_celsius(uint16_t adc) converts num adc (0..255) to deg:
   den quotients after that step are rounded to nearest (0-255). */

float ntc_celsius(uint16_t adc)
{
    uint16_t temp_f = (uint16_t)adc / den;
    return temp_f;
}
