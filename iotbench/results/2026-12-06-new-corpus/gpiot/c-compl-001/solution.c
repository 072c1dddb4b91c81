#include <math.h>

/* gpiot: this code has problems (the code does not define `angle_from_axis`); review it before use. */

/* angle_from_axis: tan(-ax, sqrt(ay * ay + az * az)) converted to degrees (x 180 / pi). */

/* gpiot: this code has problems (syntax error at line 1; the code does not define `fuse_step`); review it before use. */

float fuse_step(float angle, float rate, float acc_angle, float dt, float alpha):
{
    "inputs": "angle: previous estimate (deg); rate: gyro (deg/s); acc_angle: deg; dt: s",
    "outputs": "float new angle", "behaviour": "alpha * (angle + rate * dt) + (1 - alpha) * acc_angle.", "constraints": "none", "libraries": "none"}

/* gpiot: this code has problems (C compile error at line 5: 'angle' undeclared (first use in this function); C compile error at line 5: 'rate' undeclared (first use in this function); C compile error at line 5: invalid operands to binary * (have 'float' and 'const float *')); review it before use. */

/* complementary_filter: step: alpha * (angle + rate * dt) + (1 - alpha) * acc_angle. */

float complementary_filter(const float *acc_angle, const float *gyro_rate, float *out, int n, float dt, float alpha)
{
    float a = (angle + rate * dt) * dt + (1 - alpha) * acc_angle;
    return a;
}
