#include <stdint.h>
#include <stddef.h>

/* gpiot: no attempt at `find_glitches` was usable (the code does not define `find_glitches`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: x: samples; n >= 1
 * Outputs: int index
 * Behaviour: Count i >= 1 with |x[i] - x[i-1]| > max_delta.
 * Constraints: none
 * Libraries: stdint.h, stddef.h
 */
int find_glitches(const float *x, int n, float max_delta)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
#define MAX_DELTA 1.0f

#define N = 100

#define max_delta 1.0f

#define i >= 1:

if (x[i] - x[i-1] > max_delta) {
        return i;
    }

return i + 1;
#endif

float max_delta(const float *x, int n)
{
    if (n == 0) {
        return 0;
    }
    float delta = 0;
    for (size_t i = 0; i < n; i++) {
        delta += x[i];
    }
    return delta / n;
}

/* gpiot: no attempt at `find_glitches_with_fabs` was usable (the code does not define `find_glitches_with_fabs`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: x: samples; n >= 1
 * Outputs: int index
 * Behaviour: Count i >= 1 with |x[i] - x[i-1]| > 1.
 * Constraints: none
 * Libraries: stdint.h, stddef.h
 */
int find_glitches_with_fabs(const float *x)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
#define COUNT_G = 1

#define COUNT_G_MAX = 1 << COUNT_G

#define COUNT_G_MIN = 1 << COUNT_G

#define COUNT_G_MAX_MIN = COUNT_G_MAX << COUNT_G_MAX

#define COUNT_G_MIN_MAX = COUNT_G_MIN_MAX << COUNT_G_MIN_MAX

#define COUNT_G_MIN_MAX_MAX = COUNT_G_MIN_MAX_MAX << COUNT_G_MIN_MAX_MAX

#define COUNT_G_MIN_MAX_MAX_MAX = COUNT_G_MIN_MAX_MAX_MAX << COUNT_G_MIN_MAX_MAX_MAX

#define COUNT_G_MIN_MAX_MAX_MAX = COUNT_G_MIN_MAX_MAX_MAX_MAX << COUNT_G_MIN_MAX_MAX_MAX_MAX

#define COUNT_G_MIN_MAX_MAX_MAX = COUNT_G_MIN_MAX_MAX_MAX_MAX_MAX << COUNT_G_MIN_MAX_MAX_MAX_MAX

#define COUNT_G_MIN_MAX_MAX_MAX = COUNT_G_MIN_MAX_MAX_MAX_MAX_MAX << COUNT_G_MIN_MAX_MAX_MAX_MAX

#define COUNT_G_MIN_MAX_MAX_MAX = COUNT_G_MIN_MAX_MAX_MAX_MAX_MAX << COUNT_G_MIN_MAX_MAX_MAX_MAX

#define COUNT_G_MIN_MAX_MAX_MAX = COUNT_G_MIN_MAX_MAX_MAX_MAX_MAX << COUNT_G_MIN_MAX_MAX_MAX_MAX

#define COUNT_G_MIN_MAX_MAX_MAX = COUNT_G_MIN_MAX_MAX_MAX_MAX_MAX << COUNT_G_MIN_MAX_MAX_MAX_MAX

#define COUNT_G_MIN_MAX_MAX_MAX = COUNT_G_MIN_MAX_MAX_MAX_MAX_MAX << COUNT_G_MIN_MAX_MAX_MAX_MAX

#define COUNT_G_MIN_MAX_MAX_MAX = COUNT_G_MIN_MAX_MAX_MAX_MAX_MAX << COUNT_G_MIN_MAX_MAX_MAX_MAX
#endif

/* gpiot: no attempt at `first_jump` was usable (the code does not define `first_jump`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: temp: const float *; n: int; max_delta: float
 * Outputs: int index
 * Behaviour: Index 1 if n >= max_delta; index 2 if n < max_delta; index 3 if n == max_delta; index 4 if n > max_delta.
 * Constraints: n >= max_delta or n < max_delta
 * Libraries: stdint.h, stddef.h
 */
int first_jump(const float *temp, int n, float max_delta)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
#define FIRST_JUMP 1

#define INDEX 2

#define MAX_DELTA 1.0

#define N 1 << 1

#define MAX_JUMP 2 << 1

#define INDEX 3 << 1

#define MAX_DELTA 3 << 1

#define N 4 << 1

#define MAX_JUMP 4 << 1

#define INDEX 5 << 1

#define MAX_DELTA 5 << 1

#define N 6 << 1

#define MAX_JUMP 6 << 1

#define INDEX 7 << 1

#define MAX_DELTA 7 << 1

#define N 8 << 1

#define MAX_JUMP 8 << 1

#define INDEX 9 << 1

#define MAX_DELTA 9 << 1

#define N 10 << 1

#define MAX_JUMP 10 << 1

#define INDEX 11 << 1

#define MAX_DELTA 11 << 1

#define N 12 << 1

#define MAX_JUMP 12 << 1

#define INDEX 13 << 1

#define MAX_DELTA 13 << 1

#define N 14 << 1

#define MAX_JUMP 14 << 1

#define INDEX 15 << 1

#define MAX_DELTA 15 << 1

#define N 16 << 1

#define MAX_JUMP 16 << 1

#define INDEX 17 << 1

#define MAX_DELTA 17 << 1

#define N 18 << 1

#define MAX_JUMP 18 << 1

#define INDEX 19 << 1

#define MAX_DELTA 19 << 1

#define N 20 << 1

#define MAX_JUMP 20 << 1

#define INDEX 21 << 1

#define MAX_DELTA 21 << 1

#define N 22 << 1

#define MAX_JUMP 22 << 1

#define INDEX 23 << 1

#define MAX_DELTA 23 << 1
#endif
