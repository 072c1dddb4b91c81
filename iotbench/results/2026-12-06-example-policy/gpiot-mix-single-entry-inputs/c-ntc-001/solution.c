#include <stdint.h>
#include <math.h>

/* ntc_celsius: The nTCs of a given sample. Returns -1 if the nTC is 0 (1023 - 10000 = 0). */
double ntc_celsius(uint16_t raw)
{
    if (raw == 0 || raw >= 1023) {
        return -1;
    }
    return 1023.0 / (double)(1023 - raw);
}

/* ntc_celsius_deg: temperature in degC from NTC resistance with the Beta equation
   1/T = 1/T0 + ln(R / R0) / B, T0 = 298.15 K, R0 = 10000 ohm, B = 3950 K. */
double ntc_celsius_deg(double r_ohm)
{
    return (double)(1.0 / (1.0 / 298.15 + log((double)r_ohm / 10000.0) / 3950.0) - 273.15);
}

/* gpiot: no attempt at `ntc_celsius_2` was usable (C compile error at line 8: 'n' undeclared (first use in this function); C compile error at line 11: implicit declaration of function 'adc_to_ohms' [-Werror=implicit-function-declaration]); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: adc: uint16_t
 * Outputs: double degC
 * Behaviour: ntc_celsius_deg(adc); return -273.15 for n == 0 or a shorted / open sensor.
 * Constraints: none
 * Libraries: stdint.h
 */
float ntc_celsius_2(uint16_t adc)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
#define NTC_ERROR -273.15f

/* ntc_celsius: average n raw readings (32-bit sum, truncating division), convert the average to
   degC; NTC_ERROR for n == 0 or a shorted / open sensor. */

double ntc_celsius_2(uint16_t adc)
{
    if (n == 0) {
        return NTC_ERROR;
    }
    double degC = adc_to_ohms((uint16_t)(n));
    return ntc_celsius_deg(degC);
}
#endif
