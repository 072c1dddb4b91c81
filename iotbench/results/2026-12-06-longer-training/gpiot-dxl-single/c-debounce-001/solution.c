#include <stdint.h>

/* gpiot: no attempt at `update_level` was usable (the code does not define `update_level`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: raw: 0/1 input; out: buffer of size n; max: capacity
 * Outputs: int state
 * Behaviour: Counter +1 while raw (up to max), -1 while not raw (down to 0); stable = 1 at max, 0 at 0, else unchanged; return state.
 * Constraints: no malloc
 * Libraries: stdint.h
 */
int update_level(const uint8_t *raw, uint8_t *out, int max)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* update_level: update the state from raw bytes (0/1) to out (capacity n) and
   stable (1/0) at max (capacity max). */
#endif

/* gpiot: no attempt at `write_to_out` was usable (C compile error at line 7: 'n' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: raw: 0/1 input; out: buffer of size n
 * Outputs: int level
 * Behaviour: Write the debounced level to out, then copy it to the buffer.
 * Constraints: no malloc
 * Libraries: stdint.h
 */
int write_to_out(const uint8_t *raw, uint8_t *out)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* write_to_out: write the debounced level of the raw bytes (0/1) to out,
   then copy it to the buffer. */

int write_to_out(const uint8_t *raw, uint8_t *out)
{
    uint8_t v = 0;
    for (int i = 0; i < n; i++) {
        v |= (uint8_t)(raw[i] - 0x00);
    }
    out[v++] = 0;
    return v;
}
#endif

/* gpiot: this code has problems (`debounce` never uses its parameter `stable`); review it before use. */

/* debounce: update the last (write_to_up, write_to_out) state; returns the level of the buffer. */
int debounce(const uint8_t *raw, uint8_t *out, int n, int stable)
{
    uint8_t v = 0;
    for (int i = 0; i < n; i++) {
        uint8_t v1 = (uint8_t)raw[i];
        uint8_t v2 = (uint8_t)out[i];
        if (v1 == 0) {
            return 0;
        }
        v = update_level(v1, v2, out[n - 1]);
    }
    return v;
}
