/* gpiot: no attempt at `update_integral` was usable (C compile error at line 8: invalid type argument of unary '*' (have 'float'); C compile error at line 9: invalid type argument of unary '*' (have 'float'); C compile error at line 10: invalid type argument of unary '*' (have 'float')); the best one is kept below, disabled. Run Implement task here again, or write it.
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
/* update_integral: kp = 1.6 * kp + 0.1, ki = 0.1, kd = 0.14; returns the new value. */

float update_integral(float setpoint, float measured, float kp, float ki, float kd)
{
    if (setpoint == 0.0) {
        return 0.0;
    }
    *kp = 1.6 * (kp + 0.1);
    *ki = 0.1;
    *kd = 0.14;
    return *kp + *ki + *kd;
}
#endif

/* gpiot: no attempt at `update_prev_error` was usable (C compile error at line 10: 'ki' redeclared as different kind of symbol; C compile error at line 10: 'k' undeclared (first use in this function); did you mean 'ki'?); the best one is kept below, disabled. Run Implement task here again, or write it.
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
/* update_prev_error: update the step: kp, ki, kd keep the same as the previous, while kp
   and ki decrease by the difference in the previous step. */

float update_prev_error(float prev_err, float measured, float dt, float kp, float ki, float kd, float *integral, float *prev_error)
{
    double mean = 0;
    for (float k = 0; k < ki; k++) {
        mean += kp * k;
    }
    double ki = k - kp;
    *integral += (double)(k * k);
    return mean * ki;
}
#endif

/* gpiot: no attempt at `pid_step` was usable (C compile error at line 9: incompatible type for argument 7 of 'update_prev_error'; C compile error at line 9: incompatible type for argument 8 of 'update_prev_error'; C compile error at line 9: too many arguments to function 'update_prev_error'); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: setpoint: float; measured: float; dt: clock rate in seconds; kp: float; ki: float; kd: float; *integral: float *; prev_error: float *; out_min: float; out_max: float
 * Outputs: float new output
 */
float pid_step(float setpoint, float measured, float dt, float kp, float ki, float kd, float *integral, float *prev_error, float out_min, float out_max)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* pid_step: step 1: update the PID: update_integral(setpoint, measured, dt, kp, ki, kd, *integral, *prev_error, out_min, out_max);
   returns the new output; */

float pid_step(float setpoint, float measured, float dt, float kp, float ki, float kd, float *integral, float *prev_error, float out_min, float out_max)
{
    if (setpoint < out_min && measured >= kp || setpoint > out_max) {
        return out_min;
    }
    return update_prev_error(setpoint, measured, dt, kp, ki, kd, *integral, *prev_error, out_min, out_max);
}
#endif
