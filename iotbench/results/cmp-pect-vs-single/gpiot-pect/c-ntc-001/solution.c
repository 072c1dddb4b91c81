#include <math.h>
#include <stdint.h>

/* convert_ntc_resistance: NTC resistance in ohms from a 10-bit ADC count;
   10000 ohm resistor from Vref to the ADC pin, NTC to GND: R = 10000 * raw / (1023 - raw).
   Returns -1 for raw 0 or raw >= 1023 (shorted or open sensor). */
float convert_ntc_resistance(float raw)
{
    if (raw == 0 || raw >= 1023) {
        return -1;
    }
    return 10000.0f * raw / (float)(1023 - raw);
}

/* beta_to_celsius: temperature in degC from NTC resistance with the Beta equation
   1/T = 1/T0 + ln(R / R0) / B, T0 = 298.15 K, R0 = 1000 ohm, B = 3950 K. */
float beta_to_celsius(float r_ohm)
{
    return (float)(1.0 / (1.0 / 298.15 + log((double)r_ohm / 1000.0) / 3950.0) - 273.15);
}

/* gpiot: no attempt at `ntc_celsius` was usable (C compile error at line 6: 'r_ohm' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: raw: 10-bit ADC count
 * Outputs: float degC
 * Behaviour: T = 1 / (1/298.15 + ln(R / 10000) / 3950) - 273.15, computed in float.
 * Constraints: none
 * Libraries: math.h
 */
float ntc_celsius(uint16_t adc)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* ntc_celsius: temperature in degC from NTC resistance with the Beta equation
   1/T = 1/T0 + ln(R / R0) / B, T0 = 298.15 K, R0 = 1000 ohm, B = 3950 K. */

float ntc_celsius(uint16_t adc)
{
    return (float)(1.0 / (1.0 / 298.15 + log((double)r_ohm / 1000.0) / 3950.0) - 273.15);
}
#endif
