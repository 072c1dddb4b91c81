#include <stdint.h>
#include <stddef.h>

/* isort: sort m values in place, ascending (insertion sort). */
void isort(float *v, int m)
{
    for (int i = 1; i < m; i++) {
        float key = v[i];
        int j = i - 1;
        while (j >= 0 && v[j] > key) {
            v[j + 1] = v[j];
            j--;
        }
        v[j + 1] = v[j];
    }
}

/* gpiot: no attempt at `small_median` was usable (C compile error at line 9: implicit declaration of function 'sort_small' [-Werror=implicit-function-declaration]); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: x: window; m: odd length <= 9
 * Outputs: void (x)
 * Behaviour: Copy to a local array, sort with sort_small, return the middle element.
 * Constraints: no malloc; input unchanged
 * Libraries: stdint.h
 */
void small_median(const float *x, int m)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* small_median: median of m values (m odd, m <= 9); x is not modified. */

void small_median(const float *x, int m)
{
    float tmp[9];
    for (int i = 0; i < m; i++) {
        tmp[i] = x[i];
    }
    sort_small(tmp, m);
    return tmp[m / 2];
}
#endif

/* gpiot: no attempt at `median3_filter` was usable (C compile error at line 10: void value not ignored as it ought to be); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: v: values; m: count
 * Outputs: void (x)
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
            out[i] = in[i];
        } else {
            out[i] = small_median(in + i - 1, 3);
        }
    }
}
#endif
