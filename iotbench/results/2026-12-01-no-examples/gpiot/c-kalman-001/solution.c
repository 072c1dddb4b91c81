/* gpiot: this code has problems (the code does not define `kalman_step`); review it before use. */

/* kalman_step: one step in a 3-axis accelerometer recording (s) at time t. Returns the sample as float with the mean. */

/* gpiot: this code has problems (the code does not define `kalman_update`); review it before use. */

/* kalman_update: one full scale estimate of a slowly varying value with a 1-D Kalman filter (r = 0.0). Returns the unchanged value. */

/* gpiot: this code has problems (C compile error at line 9: incompatible type for argument 1 of 'kalman_step'; C compile error at line 9: invalid operands to binary * (have 'float' and 'const float *'); C compile error at line 12: invalid operands to binary * (have 'double' and 'const float *')); review it before use. */

/* kalman1d: one full rotation at n seconds with a constant value for q. Returns the x after n changes. */

float kalman1d(const float *z, float *out, int n, float q, float r)
{
    if (n == 0) {
        return 0.0;
    }
    if (n > 1) {
        return -1 * kalman_step(z, 0.5) + r * z;
    }
    if (n > q) {
        return 1.0 * kalman_update(z, r) * z;
    }
    return 0.0;
}
