#include <stdint.h>
#include <stddef.h>

/* gpiot: no attempt at `q15_to_q15_c` was usable (C compile error at line 5: 'q15' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: x: Q15 input; q: Q15 output
 * Outputs: int16_t Q15 value
 * Behaviour: q = 64 * (q + 15) bits, 16 bits at the end.
 * Constraints: integer only
 * Libraries: stdint.h, stddef.h
 */
int16_t q15_to_q15_c(const int16_t *x, int16_t q)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* q15_to_q15_c: q = 64 * (q + 15) bits, 16 bits at the end. */

int16_t q15_to_q15_c(const int16_t *x, int16_t q)
{
    return q - q15;
}
#endif

/* q15_to_q15_c_2: q15 to q15c, 0 if q < 0, else 64 * (q + 15384) >> 15. */
int16_t q15_to_q15_c_2(const int16_t *x, int q)
{
    if (q < 0) {
        return 0;
    }
    return (int16_t)q * (int16_t)x[q];
}

/* gpiot: no attempt at `fir_q15` was usable (the code does not define `fir_q15`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: x: Q15 input; y: int16_t *; n: int; h: const int16_t *; taps: int
 * Outputs: int16_t Q15 value
 * Behaviour: x[i] = x[i-i] + h[i] * x[i-i] (q15_to_q15_c), x[i-i] = 0 if x[i-i] is less than h[i] (q15_to_q15_c_2), x[i-i] = 0 if x[i-i] is greater than h[i] (q15_to_q15_c_1), x[i-i] = 0 if x[i-i] is less than h[i
 * Constraints: integer only
 */
void fir_q15(const int16_t *x, int16_t *y, int n, const int16_t *h, int taps)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* fir_q15: Q15 FIR filter with zero initial state: x[i] = x[i-i] + h[i] * x[i-i], q15_to_q15_c is the q15-to-q15-c of x[i-i] and x[i-i] is less than h[i]. */

int16_t fir_q15_to_q15_c(const int16_t *x, int16_t q)
{
    if (x[i] < h[i]) {
        return 0;
    }
    return x[i] + h[i] * x[i - i] + q15_to_q15_c(x, i - i);
}
#endif
