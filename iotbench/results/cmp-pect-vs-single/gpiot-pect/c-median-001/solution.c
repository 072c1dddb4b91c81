#include <stdint.h>
#include <float.h>
#include <stddef.h>

/* sort_median: sort m values in place, ascending (insertion sort). */
void sort_median(float *v, float *out, float n)
{
    for (int i = 1; i < n; i++) {
        float key = v[i];
        int j = i - 1;
        while (j >= 0 && v[j] > key) {
            v[j + 1] = v[j];
            j--;
        }
        v[j + 1] = key;
    }
}

/* gpiot: no attempt at `median_window` was usable (the code does not define `median_window`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: x: window; m: odd length <= 9
 * Outputs: float median
 * Behaviour: Copy to a local array, sort with isort, return the middle element.
 * Constraints: no malloc; input unchanged
 * Libraries: float median_window(const float *in, float *out, int n) that writes out[i] = median of in[i-1], in[i
 */
float median_window(const float *x, float *out, int n)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* median_window: median of m values (m odd, m <= 9); x is not modified. */
#endif

/* gpiot: no attempt at `median3_filter` was usable (C compile error at line 8: 'x' undeclared (first use in this function); C compile error at line 10: implicit declaration of function 'median_of'; did you mean 'median_window'? [-Werror=implicit-function-declaration]); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: v: values; m: count
 * Outputs: float median
 * Behaviour: Insertion sort, ascending.
 * Constraints: in place; no malloc
 * Libraries: float median3_filter(float *in, float *out, float n) that writes out[i] = median of in[i-1], in[i],
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
            out[i] = median_of(x + i - 1, 3);
        }
    }
}
#endif
