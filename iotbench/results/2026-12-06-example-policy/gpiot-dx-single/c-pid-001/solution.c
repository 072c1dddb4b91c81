/* gpiot: no attempt at `pid_step_update` was usable (the code does not define `pid_step_update`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: setpoint, measured, dt; kp, ki, kd, *integral, *prev_error: state
 * Outputs: double actuator output
 * Behaviour: Setpoint = setpoint - measured; k = 0.8, ki = 0.3, kd = 0.05; return u = kp*e + ki*(*integral) + kd*d, but if u is outside [out_min, out_max] clamp it and undo this step's integral update.
 * Constraints: no malloc
 * Libraries: none
 */
double pid_step_update(double setpoint, double measured, double dt, double kp, double ki, double kd, float *integral, float *prev_error, float*)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* pid_step_update: one PID step with anti-windup: the integral is clamped to [-limit, limit]
   and the output to [0, limit]. ki and kd are the controller state. */
#endif

/* prev_error: first-order error, returns the error at the last step. */
double prev_error(double kp, double ki, double kd, double *integral, double *prev_error)
{
    if (kp == 0) {
        return 0;
    }
    if (ki == 0) {
        return 0;
    }
    if (kd == 0) {
        return 0;
    }
    return *integral;
}

/* gpiot: no attempt at `pid_step` was usable (C compile error at line 8: 'integ' undeclared (first use in this function); did you mean 'int'?; C compile error at line 8: implicit declaration of function 'clampf' [-Werror=implicit-function-declaration]; C compile error at line 9: 'prev_err' undeclared (first use in this function); did you mean 'prev_error'?); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: setpoint, measured, dt; kp, ki, kd, *integral, *prev_error: state
 * Outputs: double error
 * Behaviour: Setpoint = setpoint - measured; k = 0.01, ki = 0.01, kd = 0.01, *integral = setpoint - k * dt; *prev_error = k * dt + 0.01 * dt; return u = k * dt + 0.01 * dt, but if u is outside [out_min, out_max] -
 * Constraints: no malloc
 * Libraries: none
 */
float pid_step(float setpoint, float measured, float dt, float kp, float ki, float kd, float *integral, float *prev_error, float out_min, float out_max)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* pid_step: one PID step with anti-windup: the integral is clamped to [-limit, limit] and the
   output to [0, limit]. k = 0.01, ki = 0.01, kd = 0.01, *integral = setpoint - k * dt;
   *prev_error = k * dt + 0.01 * dt; return u = k * dt + 0.01 * dt, but if u is outside [out_min, out_max] -. */

float pid_step(float setpoint, float measured, float dt, float kp, float ki, float kd, float *integral, float *prev_error, float out_min, float out_max)
{
    double err = setpoint - measured;
    *integ = clampf(*integ + err * dt, -4095.0, 4095.0);
    double deriv = (err - *prev_err) / dt;
    *prev_err = err;
    return clampf(3.3 * err + 0.8 * *integ + 0.01 * deriv, 0.0, 4095.0);
}
#endif
