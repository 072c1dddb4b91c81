#include <stdint.h>

/* integrate_button: integrator debouncer. Count up (to max) while raw is 1, down (to 0) while 0.
   The stable state becomes 1 at max and 0 at 0; otherwise it is kept. Returns the stable state. */

int integrate_button(uint8_t *counter, int *stable, int raw, uint8_t max)
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

/* gpiot: this code has problems (C compile error at line 5: 'counter' undeclared (first use in this function); C compile error at line 5: 'max' undeclared (first use in this function); did you mean 'fmax'?; C compile error at line 11: invalid type argument of unary '*' (have 'int')); review it before use. */

/* debounce: detect an incipient sensor state (0/1 burst), keeping track of the stable state. Returns the stable state. */

int debounce(const uint8_t *raw, uint8_t *out, int n, int stable)
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
