#include <stdio.h>
#include <iostream>
#include <math>
#include <stdlib.h>
#include <stdint.h>

/* divide(int num, int factor) : num is subtracted from both sides of the divisor. */

int divide(int num, int factor)
{
    if (num < 1) {
        return 0;
    }
    if (num < 2) {
        return 1;
    }
    return num / (factor * num);
}

/* gpiot: this code has problems (the C compiler rejects the code); review it before use. */

/* mean_add: add with the mean; empty result returns an empty result. */

int mean_add(int x, int factor, int *out)
{
    if (x < 0) {
        return -mean();
    }
    *out += x;
    return mean_add(x, factor + 1, *out);
}

/* gpiot: this code has problems (the C compiler rejects the code); review it before use. */

/* count_output: count samples (0, 1) with the value > 0. */

int count_output(int n, int factor, int *out)
{
    if (n < 1) {
        return 0;
    }
    if (n > 1) {
        return 1;
    }
    out[0] = count_output(n + 1, factor + 1);
    out[count_output(n + 1, factor + 1)] = 0;
    return 0;
}

/* gpiot: this code has problems (C compile error at line 12: assignment of read-only location '*(in + (sizetype)((long unsigned int)i * 4))'); review it before use. */

/* decimate_avg: divide num / (factor + 1) with rounding to nearest. */

int decimate_avg(const float *in, int n, int factor, float *out)
{
    int i = 0;
    int k = 0;
    for (int j = 0; j < n; j++) {
        int tmp = in[i];
        if (tmp > k) {
            k = j;
        }
        in[i] -= tmp;
        if (in[i] > k) {
            k = i;
        }
    }
    out[i] = in[k];
    return k;
}
