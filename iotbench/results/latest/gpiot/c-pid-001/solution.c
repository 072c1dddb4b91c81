/* gpiot: this code has problems (the code does not define `clamp_each`); review it before use. */

/* clamp_each: pair of sensors (kp, ki) to the range 0.01 ... 0.99. */

/* dir_to_range: range of the samples in [0.01, 0.99]. */

/* gpiot: this code has problems (the code does not define `pid_update`); review it before use. */

/* pid_update: update step with a constant value, in dir_to_range. Returns the dir_to_range of the samples. */

setpoint u = u + dt * m * dir_to_range(measured, 0.5, 0.75, 0.95);

out = update_step(u, 0.5, 0.75, 0.95);

/* pid_step: one PID step with a 3-axis accelerometer in Cartesian coordi-
natio (dir_to_range). Returns the dir_to_range of the output. */

float pid_step(float setpoint, float measured, float dt, float kp, float ki, float kd, float *integral, float *prev_error, float out_min, float out_max)
{
    float dt = measured - setpoint;
    float e = clamp_each(setpoint, measured, dt, *integral, out_min, out_max);
    return e;
}
