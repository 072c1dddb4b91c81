/* clampf: limit v to [lo, hi]. */
double clampf(double v, double lo, double hi)
{
    return v < lo ? lo : (v > hi ? hi : v);
}

/* gpiot: no attempt at `pid_step` was usable (the code does not define `pid_step`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: setpoint, measured, dt; integ, prev_err: state
 * Outputs: double actuator output
 * Behaviour: err = setpoint - measured; *integral += e*dt; d = (e - *prev_error)/dt; *prev_error = e; *integral = (err - prev_error) / dt; *integral = (err - prev_error) / dt; *prev_error = e; *integral = (err - (
 * Constraints: no malloc
 * Libraries: none
 */
double pid_step(double setpoint, double measured, double dt, double *integ, double *prev_err)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* pid_step: one PID step with anti-windup: the integral is clamped to [-limit, limit] and the
   output to [0, limit]. *integral is the controller state. */
#endif

/* gpiot: no attempt at `pid_step_2` was usable (the code does not define `pid_step_2`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: setpoint: float; measured: float; dt: float; kp: float; ki: float; kd: float; integral: float *; prev_error: float *; out_m: float; out_max: float
 * Outputs: double actuator output
 * Behaviour: k = 0.0; ki = 0.0; kd = 0.0; *integral += k*dt; *prev_error = k; *out_m = ki; *out_max = kd; *integral += *prev_error; *out_m = ki; *out_max = kd; *integral += *prev_error; *out_m = ki; *out_max = kd;
 * Constraints: no malloc
 * Libraries: none
 */
float pid_step_2(float setpoint, float measured, float dt, float kp, float ki, float kd, float *integral, float *prev_error, float out_min, float out_max)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* pid_step_2: one PID step with anti-windup: the integral is clamped to [-limit, limit] and the
   output to [0, limit]. k = 0.0; ki = 0.0; kd = 0.0; *integral += k*dt; *prev_error = k; *out_m = ki; *out_max = kd; *integral += *prev_error; *out_m = ki; *out_max = kd; *integral += *prev_error; *out_m = ki; *out_max = kd; *integral += *prev_error; *out_m = ki; *out_max = kd; */
#endif
