#include <stdint.h>
#include <stddef.h>

/* gpiot: no attempt at `median3` was usable (C compile error at line 5: 'm' undeclared (first use in this function); C compile error at line 9: assignment of read-only location '*(in + ((sizetype)j + 1) * 4)'; C compile error at line 12: assignment of read-only location '*(in + ((sizetype)j + 1) * 4)'); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: v: values; m: count
 * Outputs: void (v sorted)
 * Behaviour: Insertion sort, ascending.
 * Constraints: in place; no malloc
 * Libraries: stdint.h
 */
void median3(const float *in, float *out, int n)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* median3: sort m values in place, ascending (insertion sort). */

void median3(const float *in, float *out, int n)
{
    for (int i = 1; i < m; i++) {
        float key = in[i];
        int j = i - 1;
        while (j >= 0 && in[j] > key) {
            in[j + 1] = in[j];
            j--;
        }
        in[j + 1] = key;
    }
}
#endif

/* gpiot: no attempt at `window_median` was usable (C compile error at line 6: 'm' undeclared (first use in this function); C compile error at line 7: 'x' undeclared (first use in this function); C compile error at line 9: implicit declaration of function 'sort_small' [-Werror=implicit-function-declaration]); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: x: window; m: odd length <= 9
 * Outputs: float median
 * Behaviour: Copy to a local array, sort with sort_small, return the middle element.
 * Constraints: no malloc; input unchanged
 * Libraries: stdint.h
 */
float window_median(const float *in, float *out, int n)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* window_median: median of m values (m odd, m <= 9); x is not modified. */

float window_median(const float *in, float *out, int n)
{
    float tmp[9];
    for (int i = 0; i < m; i++) {
        tmp[i] = x[i];
    }
    sort_small(tmp, m);
    return tmp[m / 2];
}
#endif

/* gpiot: no attempt at `median3_filter` was usable (C compile error at line 8: 'x' undeclared (first use in this function); C compile error at line 10: too few arguments to function 'window_median'); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: v: values; m: count
 * Outputs: float median
 * Behaviour: Insertion sort, ascending.
 * Constraints: in place; no malloc
 * Libraries: stdint.h
 */
void median3_filter(const float *in, float *out, int n)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* median3_filter: median filter of width 3: out[i] = median of x[i-1..i+1]; the first and last 1
   samples, which lack a full window, are copied unchanged. */

void median3_filter(const float *in, float *out, int n)
{
    for (size_t i = 0; i < n; i++) {
        if (i < 1 || i + 1 >= n) {
            out[i] = x[i];
        } else {
            out[i] = window_median(x + i - 1, 3);
        }
    }
}
#endif
