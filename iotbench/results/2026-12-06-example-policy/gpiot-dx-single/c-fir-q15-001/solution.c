#include <stdint.h>
#include <stddef.h>

/* gpiot: no attempt at `q15_add` was usable (C compile error at line 5: 'n' undeclared (first use in this function); C compile error at line 6: implicit declaration of function 'sat15' [-Werror=implicit-function-declaration]; C compile error at line 6: implicit declaration of function 'fir_mac' [-Werror=implicit-function-declaration]); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: x: Q15 input; h: Q15 taps; n: Q15 taps
 * Outputs: int16_t signal
 * Behaviour: x[i] = sat16((sum over j < taps of h[j] * x[i-j] + 16384) >> 15), x[i] = 0 if h[i] is zero.
 * Constraints: integer only
 * Libraries: stdint.h
 */
int16_t q15_add(const int16_t *x, int16_t *h)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* q15_add: Q15 FIR filter with zero initial state: x[i] = sat15(fir_mac(x, i, h, taps)). */

int16_t q15_add(const int16_t *x, int16_t *h)
{
    for (size_t i = 0; i < n; i++) {
        x[i] = sat15(fir_mac(x, i, h, taps));
    }
    return signal(x);
}
#endif

/* gpiot: no attempt at `q15_add_signal` was usable (C compile error at line 5: 'n' undeclared (first use in this function); C compile error at line 6: 'y' undeclared (first use in this function); C compile error at line 6: implicit declaration of function 'sat15' [-Werror=implicit-function-declaration]); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: x: Q15 input; h: Q15 taps; n: Q15 taps
 * Outputs: int16_t signal
 * Behaviour: x[i] = sat16((sum over j < taps of h[j] * x[i-j] + 16384) >> 15), x[i] = 0 if h[i] is not a Q15 tap.
 * Constraints: integer only
 * Libraries: stdint.h
 */
int16_t q15_add_signal(const int16_t *x, int16_t *h)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* q15_add_signal: Q15 FIR filter with zero initial state: y[i] = sat15(q15_mac(x, i, h, taps)). */

int16_t q15_add_signal(const int16_t *x, int16_t *h)
{
    for (size_t i = 0; i < n; i++) {
        y[i] = sat15(q15_mac(x, i, h, taps));
    }
    return signal(y);
}
#endif

/* gpiot: no attempt at `fir_q15` was usable (C compile error at line 6: implicit declaration of function 'sat15' [-Werror=implicit-function-declaration]; C compile error at line 6: implicit declaration of function 'fir_mac' [-Werror=implicit-function-declaration]); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: x: Q15 input; h: Q15 taps; n: Q15 taps
 * Outputs: int16_t signal
 * Behaviour: x[i] = sat16((sum over j < taps of h[j] * x[i-j] + 16384) >> 15), x[i] = 0 if x[i-j] = 0, x[i] = 16384 if x[i-j] = 16384.
 * Constraints: integer only
 * Libraries: stdint.h
 */
void fir_q15(const int16_t *x, int16_t *y, int n, const int16_t *h, int taps)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* fir_q15: Q15 FIR filter with zero initial state: y[i] = sat15(fir_mac(x, i, h, taps)). */

void fir_q15(const int16_t *x, int16_t *y, int n, const int16_t *h, int taps)
{
    for (size_t i = 0; i < n; i++) {
        y[i] = sat15(fir_mac(x, i, h, taps));
    }
}
#endif
