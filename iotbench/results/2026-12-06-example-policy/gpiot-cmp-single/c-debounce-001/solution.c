#include <stdint.h>

/* flip_up: integrator debouncer. Count up (to max) while raw is 1, down (to 0) while 0.
   The stable state becomes 1 at max and 0 at 0; otherwise it is kept. Returns the stable state. */
int flip_up(uint8_t *counter, int *stable, int raw, uint8_t max)
{
    if (raw && *counter < max) {
        (*counter)++;
    } else if (!raw && *counter > 0) {
        (*counter)--;
    }
    if (*counter == max) {
        *stable = 1;
    } else if (*counter == 0) {
        *stable = 0;
    }
    return *stable;
}

/* rising_edge: 1 when the state goes from 0 to 1, else 0. */
int rising_edge(int prev, int cur)
{
    return !prev && cur;
}

/* gpiot: no attempt at `debounce` was usable (the code does not define `debounce`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: counter, stable: state; raw: 0/1 input; max: threshold
 * Outputs: int 1 on a 0->1 edge
 * Behaviour: Counter +1 while raw (up to max), -1 while not raw (down to 0); stable = 1 at max, 0 at 0, else unchanged; return stable.
 * Constraints: no malloc
 * Libraries: stdint.h
 */
int debounce(const uint8_t *raw, uint8_t *out, int n, int stable)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */

#endif
