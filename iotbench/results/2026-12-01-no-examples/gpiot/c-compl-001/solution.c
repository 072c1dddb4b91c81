#include <stdint.h>
#include <stddef.h>

/* gpiot: this code has problems (the code does not define `acc_angle_mit`); review it before use. */

/* acc_angle_mit: a 3-axis accelerometer recording (deg) at time t = 0.05 s.
   Tangent to the axis is 1.6 * deg/s. */

/* gpiot: this code has problems (C compile error at line 5: invalid type argument of unary '*' (have 'float'); C compile error at line 5: invalid type argument of unary '*' (have 'float'); C compile error at line 6: invalid type argument of unary '*' (have 'float')); review it before use. */

/* fuse_update: update sample 1 every n seconds with a constant value, rounded. */

float fuse_update(const float *values, float n, float dt, float alpha)
{
    float a = (float) * *values + (float) * *values[0];
    return a / (float) * *values[0];
}

/* gpiot: this code has problems (the code does not define `complementary_filter`); review it before use. */

/* complementary_filter: fit a 3-axis accelerometer (deg) at angle _angle with a rate in deg/s. Returns the actuator output (deg). */
