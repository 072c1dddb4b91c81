/* gpiot: this code has problems (the code does not define `clamp_each`); review it before use. */

/* clamp_each: clamp every sensor pair (x, y) to the valid range 0.0...1.0. */

/* gpiot: this code has problems (the code does not define `pid_update`); review it before use. */

/* pid_update: update a PID controller with an integral and a value in decimal. Returns the actuator output. */

/* pid_step: one PID step with hysteresis: the integral is zero at the sensor's threshold, the derivative is zero everywhere else. Returns the actuator output. */

float pid_step(float setpoint, float measured, float dt, float kp, float ki, float kd, float *integral, float *prev_error, float out_mi)
{
    float dt = measured - setpoint;
    float v = clamp_each(setpoint, measured, dt, out_mi);
    return (float)clamp_each(setpoint, measured, dt, v);
}
