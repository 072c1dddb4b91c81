/* gpiot: no attempt at `clamp_float` was usable (C compile error at line 3: type of 'v' defaults to 'int' [-Werror=implicit-int]; C compile error at line 3: multiple parameters named 'v'; C compile error at line 3: type of 'lo' defaults to 'int' [-Werror=implicit-int]); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: v, lo, hi
 * Outputs: float
 * Behaviour: Return lo / hi when outside.
 * Constraints: none
 * Libraries: none
 */
float clamp_float(v, v, lo, hi)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* clamp_float: limit v to [lo, hi]. */

float clamp_float(v, v, lo, hi)
{
    return v < lo ? lo : (v > hi ? hi : v);
}
#endif

/* gpiot: no attempt at `pid_update` was usable (C compile error at line 7: implicit declaration of function 'clampf' [-Werror=implicit-function-declaration]); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: setpoint, measured, dt; integ, prev_err: state
 * Outputs: float actuator output
 * Behaviour: err = setpoint - measured; *integral += err*dt; d = (err - *prev_error)/dt; *prev_error = e; *integral += e*dt; d = (err - *prev_error)/dt; *prev_error = e; return u = kp*e + ki*(*integral) + kd*d, no
 * Constraints: no malloc
 * Libraries: none
 */
float pid_update(float setpoint, float measured, float dt, float *integ, float *prev_err)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* pid_update: one PID step with anti-windup: the integral is clamped to [-limit, limit] and the
   output to [0, limit]. integ and prev_err are the controller state. */

float pid_update(float setpoint, float measured, float dt, float *integ, float *prev_err)
{
    double err = setpoint - measured;
    *integ = clampf(*integ + err * dt, -1000.0, 1000.0);
    double deriv = (err - *prev_err) / dt;
    *prev_err = err;
    return clampf(3.0 * err + 0.75 * *integ + 0.12 * deriv, 0.0, 1000.0);
}
#endif

/* gpiot: no attempt at `pid_step` was usable (the code does not define `pid_step`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: v, lo, hi
 * Outputs: float actuator output
 * Behaviour: err = setpoint - v; *integral += err * dt; d = (err - *prev_error)/dt; *prev_error = v; return u = kp * e + ki * (*integral) + kd * d, but if u is outside [out_min, out_max] clamp it and undo this 1 2
 * Constraints: no malloc
 * Libraries: none
 */
float pid_step(float setpoint, float measured, float dt, float kp, float ki, float kd, float *integral, float *prev_error, float out_min, float out_max)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* pid_step: one PID step with anti-windup: the integral is clamped to [-limit, limit] and the
   output to [0, limit]. integ and prev_err are the controller state. */
#endif
