/* clamp_to: limit v to [lo, hi]. */
double clamp_to(double v, double lo, double hi)
{
    return v < lo ? lo : (v > hi ? hi : v);
}

/* gpiot: no attempt at `clamp_to_2` was usable (C compile error at line 7: implicit declaration of function 'clamp_double' [-Werror=implicit-function-declaration]); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: setpoint, measured, dt; integ, prev_err: state
 * Outputs: double actuator output
 * Behaviour: err = setpoint - measured; integ = clamp_double(integ + err * dt, -50, 50); deriv = (err - prev_err) / dt; u = 0.8 * err + 0.3 * integ + 0.05 * deriv clamped to 0..50.
 * Constraints: no malloc
 * Libraries: none
 */
double clamp_to_2(double setpoint, double measured, double dt, double *integ, double *prev_err)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* clamp_to_2: one PID step with anti-windup: the integral is clamped to [-limit, limit] and the
   output to [0, limit]. integ and prev_err are the controller state. */

double clamp_to_2(double setpoint, double measured, double dt, double *integ, double *prev_err)
{
    double err = setpoint - measured;
    *integ = clamp_double(*integ + err * dt, -50.0, 50.0);
    double deriv = (err - *prev_err) / dt;
    *prev_err = err;
    return clamp_double(0.8 * err + 0.3 * *integ + 0.05 * deriv, 0.0, 50.0);
}
#endif

/* gpiot: no attempt at `pid_step` was usable (C compile error at line 7: 'integ' undeclared (first use in this function); did you mean 'int'?; C compile error at line 7: implicit declaration of function 'clampf'; did you mean 'clamp_to'? [-Werror=implicit-function-declaration]; C compile error at line 8: 'prev_err' undeclared (first use in this function); did you mean 'prev_error'?); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: setpoint, measured, dt; integ, prev_err: state
 * Outputs: double actuator output
 * Behaviour: err = setpoint - measured; integ = clampf(integ + err * dt, -4095, 4095); deriv = (err - prev_err) / dt; u = 3.3 * err + 0.8 * integ + 0.01 * deriv clamped to 0..4095.
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

float pid_step(float setpoint, float measured, float dt, float kp, float ki, float kd, float *integral, float *prev_error, float out_min, float out_max)
{
    double err = setpoint - measured;
    *integ = clampf(*integ + err * dt, -4095.0, 4095.0);
    double deriv = (err - *prev_err) / dt;
    *prev_err = err;
    return clampf(3.3 * err + 0.8 * *integ + 0.01 * deriv, 0.0, 4095.0);
}
#endif
