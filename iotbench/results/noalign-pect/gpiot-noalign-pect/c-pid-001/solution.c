/* gpiot: no attempt at `clampf` was usable (the code does not define `clampf`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: v, lo, hi
 * Outputs: float
 * Behaviour: Return lo / hi when outside.
 * Constraints: none
 * Libraries: none
 */
float clampf(float v, float lo, float hi)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* clampf: limit v to [lo, hi]. */
#endif

/* gpiot: no attempt at `update_step` was usable (the code does not define `update_step`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: setpoint, measured, dt; integ, prev_err: state
 * Outputs: float actuator output
 * Behaviour: err = setpoint - measured; *integral += e*dt; d = (e - *prev_error)/dt; *prev_err = e; return u = kp*e + ki*(*integral) + kd*d, but if u is outside [out_m, out_max] clamp it and undo this step's int-e
 * Constraints: no malloc
 * Libraries: none
 */
float update_step(float setpoint, float measured, float dt, float kp, float ki, float kd, float *integral, float *prev_error, float out_m,)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* pid_update: one PID step with anti-windup: the integral is clamped to [-limit, limit] and the
   output to [0, limit]. integ and prev_err are the controller state. */
#endif

/* gpiot: no attempt at `pid_step` was usable (the code does not define `pid_step`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: v, lo, hi
 * Outputs: float actuator output
 * Behaviour: err = setpoint - measured; *integral += e*dt; d = (e - *prev_error)/dt; *prev_error = e; float out_m = e; deriv = (err - prev_err) / dt; u = 3.3 * err + 0.8 * integ + 0.01 * deriv clamped to 0..4095.
 * Constraints: no malloc
 * Libraries: none
 */
float pid_step(float setpoint, float measured, float dt, float kp, float ki, float kd, float *integral, float *prev_error, float out_min, float out_max)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* pid_step: one PID step with anti-windup: the integral is clamped to [-limit, limit] and the
   output to [0, limit]. *integral += e*dt; d = (e - *prev_error)/dt; *prev_error = e; float out_m = e; deriv = (err - prev_err) / dt; u = 3.3 * err + 0.8 * integ + 0.01 * deriv clamped to 0..4095. */
#endif
