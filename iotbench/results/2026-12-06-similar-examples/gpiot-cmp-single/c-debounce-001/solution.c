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

/* gpiot: no attempt at `debounce` was usable (C compile error at line 7: 'stable' redeclared as different kind of symbol; C compile error at line 11: implicit declaration of function 'debounce_update' [-Werror=implicit-function-declaration]); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: raw: 0/1; out: uint8_t *; n: int; stable: int
 * Outputs: int 1 on a 0->1 edge
 * Behaviour: !raw && cur.
 * Constraints: none
 * Libraries: none
 */
int debounce(const uint8_t *raw, uint8_t *out, int n, int stable)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* debounce(const uint8_t *raw, uint8_t *out, int n, int stable)
    (threshold 0/1). */

int debounce(const uint8_t *raw, uint8_t *out, int n, int stable)
{
    uint8_t counter = 0;
    int stable = 0;
    int presses = 0;
    for (size_t i = 0; i < n; i++) {
        int prev = stable;
        debounce_update(&counter, &stable, raw[i] != 0, 4);
        presses += rising_edge(prev, stable);
    }
    return presses;
}
#endif
