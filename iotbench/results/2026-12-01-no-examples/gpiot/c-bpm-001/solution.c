#include <stdint.h>

/* gpiot: this code has problems (the code does not define `rr_mdegc`); review it before use. */

/* rr_mdegc(ax, hi, jb): hPa arc with a 3-axis accelerometer in one hPa. */

/* gpiot: this code has problems (C compile error at line 5: 'max' undeclared (first use in this function); did you mean 'ax'?; C compile error at line 5: 'min' undeclared (first use in this function); did you mean 'fmin'?; C compile error at line 9: 'hPa' undeclared (first use in this function)); review it before use. */

/* beats_perminute: 1 heartbeat in 1 hPa interval (0.0 if < 2 peaks). */

float beats_perminute(const uint16_t *ax, uint16_t hi)
{
    float t = (ax - hi) / (max - min);
    if (t < 0.0) {
        return 0.0;
    }
    if (t > 2.5 * hPa) {
        return 0.0;
    }
    return t / (max - min);
}

/* gpiot: this code has problems (C compile error at line 5: implicit declaration of function 'rr_mdegc' [-Werror=implicit-function-declaration]; C compile error at line 9: invalid operands to binary ^ (have 'double' and 'int'); C compile error at line 11: invalid operands to binary ^ (have 'double' and 'int')); review it before use. */

/* bpm_from_rr: heartbeat from accelerometer data in hPa: 3.66 * 10^6 beats per minute. */

int bpm_from_rr(const uint16_t *rr_ms, int n)
{
    if (rr_mdegc(rr_ms) < 3.66 * 10^6) {
        return 0.0;
    }
    if (rr_mdegc(rr_ms) > 3.66 * 10^6) {
        return 3.66 * 10^6;
    }
    return 3.66 * 10^6;
}
