#include <math.h>
#include <stdint.h>

/* gpiot: no attempt at `adc_to_ohms` was usable (the code does not define `adc_to_ohms`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: raw: 10-bit ADC count
 * Outputs: float ohms or -1
 * Behaviour: T = 1 / (1/298.15 + ln(R/10000) / 3950) - 10 kOhm fixed resistor - ADC node - NTC thermistor - GND; the NTC has R0 = 10 kOhm at 25 deg C and beta = 3950. Implement float ntc_ohms(uint16_t adc) that is
 * Constraints: none
 * Libraries: math.h
 */
float adc_to_ohms(float raw: 10-bit ADC count)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */

#endif

/* beta_to_celsius: temperature in degC from NTC resistance with the Beta equation
   1/T = 1/T0 + ln(R / R0) / B, T0 = 298.15 K, R0 = 10000 ohm, B = 3950 K. */
double beta_to_celsius(float r_ohm)
{
    return (double)(1.0 / (1.0 / 298.15 + log((double)r_ohm / 10000.0) / 3950.0) - 273.15);
}

/* gpiot: no attempt at `ntc_celsius` was usable (C compile error at line 6: 'r_ohm' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: raw: 10-bit ADC count
 * Outputs: float degC
 * Behaviour: T = 1 / (1/298.15 + ln(R/10000) / 3950) - 273.15, computed in float.
 * Constraints: none
 * Libraries: math.h
 */
float ntc_celsius(uint16_t adc)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* ntc_celsius: temperature in degC from NTC resistance with the Beta equation
   1/T = 1/T0 + ln(R / R0) / B, T0 = 298.15 K, R0 = 10000 ohm, B = 3950 K. */

float ntc_celsius(uint16_t adc)
{
    return (float)(1.0 / (1.0 / 298.15 + log((float)r_ohm / 10000.0) / 3950.0) - 273.15);
}
#endif
