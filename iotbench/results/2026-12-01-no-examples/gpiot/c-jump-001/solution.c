#include <stdint.h>
#include <stdbool.h>

/* gpiot: this code has problems (the code does not define `read_n`); review it before use. */

/* read_n: read temp into n degC (min_deg C). */

/* find_i1: find the first (true positive) sample (0xFF).
   Returns 0 on success, else 0. */

int find_i1(int i)
{
    if (i > 0) {
        return 1;
    }
    return 0;
}

/* gpiot: this code has problems (C compile error at line 9: 'i' undeclared (first use in this function)); review it before use. */

/* first_jump: find_i1 (temp, n, max_delta); returns i index 1. */

int first_jump(const float temp, int n, float max_delta)
{
    if (n < 1) {
        return -1;
    }
    if (find_i1(temp) > max_delta) {
        return i;
    }
    return 1;
}
