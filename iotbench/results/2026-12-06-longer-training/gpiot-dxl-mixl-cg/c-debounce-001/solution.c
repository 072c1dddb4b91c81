#include <stdint.h>
#include <stddef.h>

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
/* update_level: integrator debouncer. Count up (to max) while raw is 1, down (to 0) while 0.
   The stable state becomes 1 at max and 0 at 0; otherwise it is kept. Returns the stable state. */
#endif

/* gpiot: no attempt at `write_to_out` was usable (C compile error at line 7: 'n' undeclared (first use in this function); C compile error at line 8: 'in' undeclared (first use in this function); did you mean 'i'?); the best one is kept below, disabled. Run Implement task here again, or write it.
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
/* write_to_out: write the debounced level to out, then copy it to the buffer. */

int write_to_out(const uint8_t *raw, uint8_t *out)
{
    uint8_t c = 0;
    uint8_t i = 0;
    while (c < n) {
        uint8_t d = in[i++];
        if (d == 0 || i + d - 1 > n) {
            return 0;
        }
        for (uint8_t j = 1; j < d; j++) {
            out[i++] = c;
        }
        c = 0;
    }
    return c;
}
#endif

/* gpiot: no attempt at `debounce` was usable (the code does not define `debounce`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: raw: 0/1 input; out: buffer of size n; n: int; stable: int
 * Outputs: int level
 * Behaviour: Write_to_out(raw, out[0], 0, 1); else write_to_up(out[i], out[i] + 1, 0, 1); return level - 1.
 * Constraints: none
 * Libraries: stdint.h
 */
int debounce(const uint8_t *raw, uint8_t *out, int n, int stable)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* debounce(const uint8_t *raw, uint8_t *out, int n, int stable)
   returns the level of the first write-to-out buffer (0/1).
   Returns the level of the first write-to-up buffer (1/0). */
#endif
