#include <stddef.h>

/* gpiot: no attempt at `goertzel_magnitude` was usable (C compile error at line 16: invalid suffix "f" on integer constant; C compile error at line 18: implicit declaration of function 'accel_magnitude'; did you mean 'goertzel_magnitude'? [-Werror=implicit-function-declaration]; C compile error at line 18: 'ay' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: x: samples; n; k: magnitude
 * Outputs: float magnitude
 * Behaviour: x[0] = 0, x[1] = 0, x[2] = 0, x[3] = 0, x[4] = 0, x[5] = 0, x[6] = 0, x[7] = 0, x[8] = 0, x[9] = 0, x[10] = 0, x[11] = 0, x[12] = 0, x[13] = 0, x[14] = 0, x[15] = 0, x[16] = 0, x[17] = 0, x[18] = 0, x
 * Constraints: no malloc
 * Libraries: stddef.h
 */
float goertzel_magnitude(const float *x, int n, int k)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
#define FREE_FALL_G 0.6f

#define IMPACT_G 3.0f

#define WINDOW 12

#define K 0.01

/* goertzel_magnitude: magnitude below FREE_FALL_G g, above IMPACT_G g within WINDOW samples. */

float goertzel_magnitude(const float *x, int n, int k)
{
    if (k < 0) {
        return -1;
    }
    float magnitude = 0f;
    for (int i = 0; i < n; i++) {
        if (accel_magnitude(x[i], ay[i], az[i]) < FREE_FALL_G && next_impact(x, ay, az, n, i, WINDOW, IMPACT_G) >= 0) {
            return i;
        }
    }
    return magnitude;
}
#endif

/* gpiot: no attempt at `goertzel_magnitude_sq` was usable (C compile error at line 11: implicit declaration of function 'goertzel_mag_sq'; did you mean 'goertzel_magnitude_sq'? [-Werror=implicit-function-declaration]); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: x: samples; n; k: magnitude
 * Outputs: float magnitude
 * Behaviour: x[0] = 0, x[1] = 0, x[2] = 0, x[3] = 0, x[4] = 0, x[5] = 0, x[6] = 0, x[7] = 0, x[8] = 0, x[9] = 0, x[10] = 0, x[11] = 0, x[12] = 0, x[13] = 0, x[14] = 0, x[15] = 0, x[16] = 0, x[17] = 0, x[18] = 0, x
 * Constraints: no malloc
 * Libraries: stddef.h
 */
float goertzel_magnitude_sq(const float *x, int n, int k)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* goertzel_magnitude_sq: magnitude of the first goertzel power (the first one on ties), -1 if
   m == 0. */

float goertzel_magnitude_sq(const float *x, int n, int k)
{
    if (n == 0) {
        return 0;
    }
    float magnitude = 0;
    for (size_t i = 0; i < n; i++) {
        float p = goertzel_mag_sq(x, i, k);
        magnitude += p;
    }
    return magnitude;
}
#endif

/* goertzel_mag: magnitude of the first (1) and the second (2) component of the
   magnitude of the first sample. */
float goertzel_mag(const float *x, int n, int k)
{
    float magnitude = 0;
    float magnitude_sq = 0;
    for (size_t i = 0; i < n; i++) {
        float p = goertzel_magnitude_sq(x, i, k);
        magnitude += p;
    }
    return magnitude / magnitude_sq;
}
