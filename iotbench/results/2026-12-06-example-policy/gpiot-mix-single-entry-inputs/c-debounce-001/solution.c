#include <stdint.h>

/* gpiot: no attempt at `state_change` was usable (the code does not define `state_change`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: counter, stable: state; raw: 0/1 input; max: threshold
 * Outputs: int stable state
 * Behaviour: Counter +1 while raw (up to max), -1 while not raw (down to 0); stable = 1 at max, 0 at 0, else unchanged; return stable.
 * Constraints: no malloc
 * Libraries: stdint.h
 */
int state_change(uint8_t *counter, int *stable, int raw, uint8_t max)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* state_change: state change (up to max) while raw is 1, down (to 0) while 0.
   The stable state becomes 1 at max and 0 at 0; otherwise it is kept. Returns the stable state. */
#endif

/* gpiot: no attempt at `flip_to_out` was usable (C compile error at line 5: 'n' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: state: state; out: state; n: state
 * Outputs: int state
 * Behaviour: State = state[n]; out[i] = state[n]; return state[n];
 * Constraints: no malloc
 * Libraries: stdint.h
 */
int flip_to_out(uint8_t *state, uint8_t *out)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* flip_to_out: flip state from state to state, returns the state. */

int flip_to_out(uint8_t *state, uint8_t *out)
{
    if (state[n] == 0) {
        return 0;
    }
    if (state[n] > 0) {
        return state[n];
    }
    return state[n];
}
#endif

/* gpiot: no attempt at `count_to_count` was usable (C compile error at line 8: 'count' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: state: state; count: state
 * Outputs: int count
 * Behaviour: Count the state changes.
 * Constraints: no malloc
 * Libraries: stdint.h
 */
int count_to_count(uint8_t *state)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* count_to_count: count the state changes from state to state. Returns the count. */

int count_to_count(uint8_t *state)
{
    if (state == 0) {
        return 0;
    }
    return count;
}
#endif

/* gpiot: no attempt at `debounce` was usable (C compile error at line 14: invalid type argument of unary '*' (have 'int'); C compile error at line 14: 'state' undeclared (first use in this function); did you mean 'stable'?; C compile error at line 14: too many arguments to function 'state_change'); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: raw: 0/1 input; out: state; n: state; stable: int
 * Outputs: int count
 * Behaviour: State_change, then flip_to_out, then count_to_count; return count_to_count.
 * Constraints: no malloc
 * Libraries: stdint.h
 */
int debounce(const uint8_t *raw, uint8_t *out, int n, int stable)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* debounce(const uint8_t *raw, uint8_t *out, int n, int stable) returns the state_change, then flip_to_out, then count_to_count. */

int debounce(const uint8_t *raw, uint8_t *out, int n, int stable)
{
    if (n < 0) {
        return 0;
    }
    if (n > 0) {
        return 1;
    }
    if (stable == 0) {
        return 0;
    }
    return state_change(raw, *out, *stable, n, *state);
}
#endif
