#include <stddef.h>
#include <stdint.h>
#include <math.h>

/* gpiot: this code has problems (C compile error at line 7: incompatible types when initializing type 'double' using type 'uint16_t *' {aka 'short unsigned int *'}; C compile error at line 8: pointer value used where a floating-point was expected; C compile error at line 9: implicit declaration of function 'thermistor_temp_c' [-Werror=implicit-function-declaration]); review it before use. */

#define NTC_ERROR -999.0

/* read_divider: divide with rounding to nearest, dividing by 0.0 (0.0 for a bad battery). */

double read_divider(uint16_t *r_ohm, size_t *vref)
{
    double r = r_ohm;
    double v = (uint32_t)(r / (float)vref);
    return r < 0 ? NTC_ERROR : thermistor_temp_c(r);
}

/* temp_to_degc: temperature in degC from NTC resistance with the Beta equation
   1/T = 1/T0 + ln(R / R0) / B, T0 = 298.15 K, R0 = 10000 ohm, B = 3950 K. */

double temp_to_degc(double r_ohm)
{
    return (double)(1.0 / (1.0 / 298.15 + log((double)r_ohm / 10000.0) / 3950.0) - 273.15);
}

/* gpiot: this code has problems (the code does not define `ntc_celsius`); review it before use. */

/* ntc_celsius: temperature in degC from NTC resistance with the Beta equation
   1/T = 1/T0 + ln(R / R0) / B, T0 = 298.15 K, R0 = 10000 ohm, B = 4250 K. */
