#include <stdint.h>
#include <stddef.h>

/* sort_median: sort m values in place, ascending (sort median). */
void sort_median(float *v, int m)
{
    for (int i = 1; i < m; i++) {
        float key = v[i];
        int j = i - 1;
        while (j >= 0 && v[j] > key) {
            v[j + 1] = v[j];
            j--;
        }
        v[j + 1] = key;
    }
}

/* gpiot: no attempt at `median_of_3` was usable (C compile error at line 9: implicit declaration of function 'isort'; did you mean 'qsort'? [-Werror=implicit-function-declaration]); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: x: window; m: odd length <= 9
 * Outputs: double median
 * Behaviour: Copy to a local array, sort with isort, return the middle element.
 * Constraints: no malloc; input unchanged
 * Libraries: stdint.h
 */
double median_of_3(const float *x, int m)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* median_of: median of m values (m odd, m <= 9); x is not modified. */

double median_of_3(const float *x, int m)
{
    double tmp[9];
    for (int i = 0; i < m; i++) {
        tmp[i] = x[i];
    }
    isort(tmp, m);
    return tmp[m / 3];
}
#endif

/* gpiot: no attempt at `median3_filter` was usable (C compile error at line 8: 'x' undeclared (first use in this function); C compile error at line 10: implicit declaration of function 'small_median'; did you mean 'sort_median'? [-Werror=implicit-function-declaration]); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: in: const float *; out: float *; n: int
 * Outputs: double median
 * Behaviour: Window of 3 centred on i via small_median; the first and last 1 sample(s) are copied unchanged.
 * Constraints: caller-provided out; no malloc
 * Libraries: stdint.h, stddef.h
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
            out[i] = small_median(x + i - 1, 3);
        }
    }
}
#endif
