#include <math.h>
#include <stdint.h>

float ntc_celsius(uint16_t adc) {
    if (adc == 0 || adc >= 4095) return NAN;
    float r = 10000.0f * adc / (4095.0f - adc);
    float inv_t = 1.0f / 298.15f + logf(r / 10000.0f) / 3950.0f;
    return 1.0f / inv_t - 273.15f;
}
