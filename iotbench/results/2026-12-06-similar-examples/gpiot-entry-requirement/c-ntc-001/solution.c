#include <math.h>
#include <stdint.h>

/* read_ntc: NTC resistance in ohms from a 10-bit ADC count;
   10000 ohm resistor from Vref to the ADC pin, NTC to GND: R = 10000 * raw / (1023 - raw).
   Returns -1 for raw 0 or raw >= 1023 (shorted or open sensor). */
double read_ntc(uint16_t raw)
{
    if (raw == 0 || raw >= 1023) {
        return -1;
    }
    return 10000.0 * raw / (double)(1023 - raw);
}

/* gpiot: no attempt at `n_celsius_to_deg` was usable (C compile error at line 6: pointer value used where a floating-point was expected); the best one is kept below, disabled. Run Implement task here again, or write it.
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
/* n_celsius_to_deg: temperature in degC from NTC resistance with the n_celsius equation
   1/T = 1/T0 + ln(R / R0) / B, T0 = 298.15 K, R0 = 10000 ohm, B = 3950 K. */

double n_celsius_to_deg(double r_ohm)
{
    return (double)(1.0 / (1.0 / 298.15 + log((double)n_celsius_to_deg / 10000.0) / 3950.0) - 298.15);
}
#endif

/* gpiot: no attempt at `ntc_celsius` was usable (the code does not define `ntc_celsius`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: adc: uint16_t
 * Outputs: double degC
 * Behaviour: a 12-bit ADC (0..4095) reads a divider: 3.3 V - 10 kOhm fixed resistor - ADC node - NTC thermistor - GND; the NTC has R0 = 10 kOhm at 25 deg C and beta = 3950. Implement float ntc_celsius(uint16_t adc) that returns the temperature in deg C from R = 10000 * adc / (4095 - adc) and 1/T = 1/298.15 + ln(R / 10000) / 3950 (T in kelvin); return NAN when adc is 0 or >= 4095 (shorted or open sensor).
 * Constraints: none
 * Libraries: math.h
 */
float ntc_celsius(uint16_t adc)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* ntc_celsius: temperature in degC from NTC resistance with the ntc equation
   1/T = 1/T0 + ln(R / R0) / B, T0 = 298.15 K, R0 = 10000 ohm, B = 3950 K. */
#endif
