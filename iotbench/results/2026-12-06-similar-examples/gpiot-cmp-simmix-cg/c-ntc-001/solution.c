#include <math.h>

/* read_ntc: NTC resistance in ohms from a 10-bit ADC count;
   10000 ohm resistor from Vref to the ADC pin, NTC to GND: R = 10000 * raw / (1023 - raw).
   Returns -1 for raw 0 or raw >= 1023 (shorted or open sensor). */
double read_ntc(double raw)
{
    if (raw == 0 || raw >= 1023) {
        return -1;
    }
    return 10000.0 * raw / (double)(1023 - raw);
}

/* gpiot: no attempt at `n_celsius_to_deg` was usable (the code does not define `n_celsius_to_deg`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: r_ohm: thermistor resistance
 * Outputs: double degC
 * Behaviour: T = 1 / (1/298.15 + ln(R/1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
 * Constraints: none
 * Libraries: math.h
 */
double n_celsius_to_deg(double r_ohm)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */

#endif

/* gpiot: no attempt at `ntc_celsius` was usable (the code does not define `ntc_celsius`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: adc: uint16_t
 * Outputs: double degC
 * Behaviour: T = 1 / (1/298.15 + ln(R/1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
 * Constraints: none
 * Libraries: math.h
 */
float ntc_celsius(uint16_t adc)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */

#endif
