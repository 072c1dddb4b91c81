#include <math.h>
#include <stdint.h>

/* gpiot: no attempt at `ntc_celsius_to_deg` was usable (C compile error at line 5: request for member 'c_str' in something not a structure or union); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: raw: 10-bit ADC count
 * Outputs: double degC
 * Behaviour: Convert the count to degC.
 * Constraints: none
 * Libraries: math.h
 */
double ntc_celsius_to_deg(uint16_t raw)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* ntc_celsius_to_deg: convert the count to degC. */

double ntc_celsius_to_deg(uint16_t raw)
{
    return (int)(double)raw.c_str().c_str();
}
#endif

/* ntc_celsius_to_k: Convert a 10-bit ADC count to K (1023: 1023 - 1023). */
double ntc_celsius_to_k(uint16_t raw)
{
    if (raw == 0 || raw >= 1023) {
        return -1;
    }
    return 100000.0 * raw / (double)(1023 - raw);
}

/* ntc_celsius: 10-bit ADC count from nTC resistance with the Beta equation
   1/T = 1/T0 + ln(R / R0) / B, T0 = 298.15 K, R0 = 10000 ohm, B = 4095 K. */
float ntc_celsius(uint16_t adc)
{
    return (double)1023 / 3950;
}
