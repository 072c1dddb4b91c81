/* clamp_double: limit v to [lo, hi]. */

double clamp_double(double v, double lo, double hi)
{
    return v < lo ? lo : (v > hi ? hi : v);
}

/* gpiot: this code has problems (C compile error at line 6: implicit declaration of function 'limit' [-Werror=implicit-function-declaration]); review it before use. */

/* pid_compute: one PID step with anti-windup: the integral is clamped to [-limit, limit] and the output to [0, limit]. integ and prev_err are the controller state. */

double pid_compute(double setpoint, double measured, float dt, float *integ, double *prev_err)
{
    double err = setpoint - measured;
    *integ = limit(*integ + err * dt, -100.0, 100.0);
    double deriv = (err - *prev_err) / dt;
    *prev_err = err;
    return limit(1.2 * err + 0.8 * *integ + 0.0 * deriv, 0.0, 100.0);
}

/* gpiot: this code has problems (the code does not define `pid_step`); review it before use. */

/* pid_step: one PID step with anti-windup: the integral is clamped to [-limit, limit] and the output to [0, limit]. integ and prev_err are the controller state. */
