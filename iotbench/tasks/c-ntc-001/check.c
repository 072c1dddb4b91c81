/* Judge for c-ntc-001: every ADC code 1..4094 within 0.01 deg C, and the fault codes. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>

float ntc_celsius(uint16_t adc);

int main(void) {
    for (int a = 1; a < 4095; a++) {
        double r = 10000.0 * a / (4095.0 - a);
        double w = 1.0 / (1.0 / 298.15 + log(r / 10000.0) / 3950.0) - 273.15;
        float g = ntc_celsius((uint16_t)a);
        if (!(fabs(g - w) <= 0.01 + 1e-4 * fabs(w))) {
            printf("ntc_celsius(%d) = %f, want %f\n", a, g, w);
            return 1;
        }
    }
    uint16_t bad[] = {0, 4095, 5000, 65535};
    for (int i = 0; i < 4; i++)
        if (!isnan(ntc_celsius(bad[i]))) { printf("ntc_celsius(%u) = %f, want NAN\n", bad[i], ntc_celsius(bad[i])); return 1; }
    puts("ok");
    return 0;
}
