#include <stdint.h>
#include <stddef.h>

/* isort: sort m values in place, ascending (insertion sort). */

void isort(double *v, int m)
{
    for (int i = 1; i < m; i++) {
        double key = v[i];
        int j = i - 1;
        while (j >= 0 && v[j] > key) {
            v[j + 1] = v[j];
            j--;
        }
        v[j + 1] = key;
    }
}

/* small_median: median of m values (m odd, m <= 9); x is not modified. */

double small_median(const double *x, int m)
{
    double tmp[9];
    for (int i = 0; i < m; i++) {
        tmp[i] = x[i];
    }
    isort(tmp, m);
    return tmp[m / 2];
}

/* gpiot: this code has problems (C compile error at line 6: implicit declaration of function 'double_min' [-Werror=implicit-function-declaration]; C compile error at line 10: 'x' undeclared (first use in this function); C compile error at line 12: incompatible type for argument 1 of 'small_median'); review it before use. */

/* median3_filter: median filter of width 3: out[i] = median of x[i-1..i+1]; the first and last 1
   samples, which lack a full window, are copied unchanged. */

void median3_filter(const float *in, float *out, int n)
{
    double min = -double_min(in[0], out[0]);
    double max = min;
    for (size_t i = 0; i < n; i++) {
        if (i < 1 || i + 1 >= n) {
            out[i] = x[i];
        } else {
            out[i] = small_median(out[i], 3);
        }
    }
}
