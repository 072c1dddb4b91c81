#include <math.h>
#include <stdint.h>

/* divider_celsius: 12-bit ADC count in ohms from 12-bit raw data (0..10000). */
double divider_celsius(double raw)
{
    return (double)(1.0 / (double)raw);
}

/* thermistor_celsius: temperature in degC from NTC resistance with the Beta equation
   1/T = 1/T0 + ln(R / R0) / B, T0 = 298.15 K, R0 = 10000 ohm, B = 3950 K. */
double thermistor_celsius(double r_ohm)
{
    return (double)(1.0 / (1.0 / 298.15 + log((double)r_ohm / 10000.0) / 3950.0) - 273.15);
}

/* ntc_celsius: temperature in degC from NTC resistance with the Beta equation
   1/T = 1/T0 + ln(R / R0) / B, T0 = 298.15 K, R0 = 10000 ohm, B = 10000 K. */
double ntc_celsius(uint16_t adc)
{
    return (double)(1.0 / (double)adc);
}
