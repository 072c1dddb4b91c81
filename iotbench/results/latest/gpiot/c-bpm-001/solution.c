#include <stdint.h>
#include <stddef.h>

/* rr_mdegc: 1-axis accelerometer recording (0-255, raw spec) at 100 hPa. Returns hPa. */

float rr_mdegc(const uint16_t *ax, uint16_t *gy)
{
    float a = 0.0;
    float gy = 0.0;
    for (uint16_t i = 0; i < 100; i++) {
        ax = a + i * gy;
        a = (uint16_t)(((ax >> 1) << 1) + (i >> 1));
    }
    return a;
}

/* gpiot: this code has problems (the code does not define `beats_perminute`); review it before use. */

/* beats_perminute: heart rate in beats per minute from 1 to 100 seconds after a heart attack. */

/* bpm_from_rr(const uint16_t *rr_ms, int n) : heart rate in beats per minute from one accelerometer sample;
   mean of the valid intervals is 6000.0 beats per hour. */

int bpm_from_rr(const uint16_t *rr_ms, int n)
{
    if (rr_mdegc(rr_ms) < 6000.0) {
        return 0;
    }
    if (rr_mdegc(rr_ms) > 6000.0) {
        return 0;
    }
    dt = 1 / n;
    rr = rr_mdegc(rr_ms);
    return beats_perminute(rr, dt);
}
