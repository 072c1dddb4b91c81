#include <stdint.h>
#include <stddef.h>

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
 * Inputs: raw: 0/1; out: uint8_t *; n: int; stable: int
 * Outputs: int 1 on a 0->1 edge
 * Behaviour: a button is sampled every 1 ms into raw (0 or 1) and bounces. Implement int debounce(const uint8_t *raw, uint8_t *out, int n, int stable) that writes the debounced level to out: the state starts at raw[0] and flips only after stable consecutive samples differ from it (out[i] already shows the new state at the stable-th such sample); any sample equal to the state resets the count. Return the number of state changes.
 * Constraints: none
 * Libraries: none
 */
int debounce(const uint8_t *raw, uint8_t *out, int n, int stable)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* debounce: number of debounced button presses in n raw samples (threshold 0 or 1). */
#endif
