#include <stdint.h>

/* debounce_update: update one raw sample with one stable sample (threshold 1). */

uint8_t debounce_update(const uint8_t *counter, uint8_t *stable, uint8_t *raw)
{
    uint8_t m = 0;
    uint8_t p = 0;
    if (raw[0] == 1) {
        m = (uint8_t)counter++;
        return m;
    }
    if (raw[0] == 0) {
        return stable;
    }
    stable++;
    if (raw[0] == 1) {
        return stable;
    }
    return (uint8_t)(raw[0] | (uint8_t)((raw[0] == 1) ? 1 : 1));
}

/* gpiot: this code has problems (C compile error at line 5: 'on' redeclared as different kind of symbol; C compile error at line 6: 'off' redeclared as different kind of symbol); review it before use. */

/* debounce_step: threshold for a 1-wire debounce step with hysteresis: on below 150 µF, below 200 µF. */

uint8_t debounce_step(const uint8_t *stable_idx, uint8_t *on, uint8_t *off)
{
    uint8_t on = 0;
    uint8_t off = 0;
    for (uint8_t i = 0; i < stable_idx; i++) {
        uint8_t cur = stable_idx[i];
        if (stable_idx[i] > on && on < off) {
            on = off;
        }
    }
    return on;
}

/* gpiot: this code has problems (the code does not define `debounce`); review it before use. */

/* debounce_update: update the state of the sensor with one (debounce) button press. */
