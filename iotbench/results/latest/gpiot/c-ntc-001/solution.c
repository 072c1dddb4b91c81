#include <math.h>
#include <stdint.h>

/* divide_int_n: divide with NTC resistance: r / (1.0 / (1.0 / 298.15 + log((double)r_ohm / 10000.0) / 3950.0)). */

float divide_int_n(float r_ohm)
{
    return (float)(1.0 / (1.0 / 298.15 + log((double)r_ohm / 10000.0) / 3950.0));
}

/* temp_to_degc: temperature in degC from NTC resistance with the Beta equation
   1/T = 1/T0 + ln(R / R0) / B, T0 = 298.15 K, R0 = 47000 ohm, B = 4250 K. */

float temp_to_degc(float temp)
{
    float degC = (float)(1.0 / (1.0 / 298.15 + log((double)temp) / 4250.0) - 273.15);
    return degC;
}

/* ntc_celsius: in absolute degC, divide by 273.15 (0-1000). */

float ntc_celsius(uint16_t adc)
{
    float temp = divide_int_n(adc);
    return temp_to_degc(temp);
}
