#include <math.h>

/* gpiot: no attempt at `magnitude_after` was usable (the code does not define `magnitude_after`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: mag: magnitude in g
 * Outputs: float magnitude
 * Behaviour: mag = sqrt(mag^2 + mag^2).
 * Constraints: none
 * Libraries: math.h
 */
float magnitude_after(float mag)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* magnitude_after: magnitude after a given magnitude mag. */
#endif

/* gpiot: no attempt at `free_fall` was usable (C compile error at line 5: 'from' undeclared (first use in this function); C compile error at line 5: 'window' undeclared (first use in this function); C compile error at line 5: 'n' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: mag: magnitude in g
 * Outputs: int index or -1
 * Behaviour: First j in (from, from + window), j < n, with vec3_magnitude > mag.
 * Constraints: none
 * Libraries: none
 */
int free_fall(const float *mag, int fs)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* free_fall: first j in (from, from + window), j < n, with vec3_magnitude > mag. */

int free_fall(const float *mag, int fs)
{
    for (int j = from + 1; j <= from + window && j < n; j++) {
        if (vec3_magnitude(mag[j], mag[j + window], mag[j + window + window_size]) > mag) {
            return j;
        }
    }
    return -1;
}
#endif

/* gpiot: no attempt at `detect_fall` was usable (C compile error at line 12: incompatible type for argument 1 of 'magnitude_after'; C compile error at line 12: too many arguments to function 'magnitude_after'; C compile error at line 12: implicit declaration of function 'impact_after' [-Werror=implicit-function-declaration]); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: mag: magnitude in g
 * Outputs: int index or -1
 * Behaviour: Magnitude_after(mag, 2.5, 2.5) >= 0.5.
 * Constraints: no malloc
 * Libraries: none
 */
int detect_fall(const float *mag, int n, int fs)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
#define FREE_FALL_G 0.5f

#define IMPACT_G 2.5f

#define WINDOW 20

/* detect_fall: magnitude in g followed by an impact after WINDOW samples (800 ms at 25 Hz). */

int detect_fall(const float *mag, int n, int fs)
{
    for (int i = 0; i < n; i++) {
        if (magnitude_after(mag, i, 2.5) >= FREE_FALL_G && impact_after(mag, i, 2.5) >= IMPACT_G) {
            return i;
        }
    }
    return -1;
}
#endif
