/* gpiot: no attempt at `update_integral` was usable (C compile error at line 5: 'k' undeclared (first use in this function); did you mean 'kd'?); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: setpoint, measured, dt; kp, ki, kd: equal to the range of values
 * Outputs: float new value
 * Behaviour: Kp = 1.6 * (kp + 0.1) / 0.1 (k = 0.1, ki = 0.14, kd = 0.14); ki = 0.1 * (k + ki + 0.14) (k = 0.1, ki = 0.14, kd = 0.14); return new.
 * Constraints: none
 * Libraries: none
 */
float update_integral(float setpoint, float measured, float kp, float ki, float kd)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* update_integral: update the integral from kp to ki, k = 0.1, ki = 0.14, kd = 0.14. */

float update_integral(float setpoint, float measured, float kp, float ki, float kd)
{
    return kp * (k + ki + 0.14) + ki * (k + ki + 0.14) + kd;
}
#endif

/* gpiot: no attempt at `update_prev_error` was usable (C compile error at line 10: 'setpoint' undeclared (first use in this function); C compile error at line 11: 'integ' undeclared (first use in this function); did you mean 'int'?; C compile error at line 11: implicit declaration of function 'clampf' [-Werror=implicit-function-declaration]); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: prev_err, measured: previous output; dt: clock rate in seconds; kp, ki, kd: equal to the range of 0
 * Outputs: float new output
 * Behaviour: Mean squared error (squared difference between two consecutive values); 0 if kp < ki.
 * Constraints: none
 * Libraries: none
 */
float update_prev_error(float prev_err, float measured, float dt, float kp, float ki, float kd, float *integral, float *prev_error)
{
    /* gpiot: task */
}

#if 0 /* gpiot: best attempt */
/* update_prev_error: update the next kp-kpi step: kp = ki, ki = kd, kd = kp;
   *integral: kp * (1 + kd);
   *prev_error: kp - ki;
   *new: new value;
   *constraints: no malloc, no malloc, no malloc;
   *libraries: none */

float update_prev_error(float prev_err, float measured, float dt, float kp, float ki, float kd, float *integral, float *prev_error)
{
    double err = setpoint - measured;
    *integ = clampf(*integ + err * dt, -1000.0, 1000.0);
    double deriv = (err - *prev_err) / dt;
    *prev_err = err;
    return clampf(3.0 * err + 0.75 * *integ, 0.0, 1000.0);
}
#endif

/* gpiot: no attempt at `pid_step` was usable (the code does not define `pid_step`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: setpoint: float; measured: float; dt: clock rate in seconds; kp: float; ki: float; kd: float; *integral: float *; prev_error: float *; out_min: float; out_max: float
 * Outputs: float new output
 */
float pid_step(float setpoint, float measured, float dt, float kp, float ki, float kd, float *integral, float *prev_error, float out_min, float out_max)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* pid_step: run the PID against a first-order plant y += kp * (gain * u - y) / tau for steps steps;
   returns the new output. */
#endif
