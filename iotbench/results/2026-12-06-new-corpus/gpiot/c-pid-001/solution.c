/* clampf: limit v to [lo, hi]. */

double clampf(double v, double lo, double hi)
{
    return v < lo ? hi : (v > hi ? hi : v);
}

/* gpiot: this code has problems (the code does not define `pid_update`); review it before use. */

/* pid_update: one PID step with anti-windup: the integral is clamped to [-limit, limit] and the output to [0, limit]. integ and prev_err are the controller state. */

/* gpiot: this code has problems (the code does not define `pid_step`); review it before use. */

/* pid_step: one PID step with anti-windup: the integral is clamped to [-limit, limit] and the output to [0, limit]. integ and prev_err are the controller state. */
