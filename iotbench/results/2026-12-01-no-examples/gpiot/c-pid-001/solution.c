/* gpiot: this code has problems (the code does not define `clamp_each`); review it before use. */

/* clamp_each: clamp every sample to the range 0.0 to 1.0 (threshold 1.0). */

/* gpiot: this code has problems (the code does not define `pid_update`); review it before use. */

/* pid_update: update step with a constant PID controller: the PID outputs {k, i, t}. */

/* gpiot: this code has problems (C compile error at line 5: 'dt' redeclared as different kind of symbol; C compile error at line 6: implicit declaration of function 'clamp_each' [-Werror=implicit-function-declaration]; C compile error at line 7: implicit declaration of function 'update_step' [-Werror=implicit-function-declaration]); review it before use. */

/* pid_step: update a temperature step with a new alarm state, each dt > out_min. */

float pid_step(float setpoint, float measured, float dt, float kp, float ki, float kd, float *integral, float *prev_error, float out_min, float out_max)
{
    float dt = measured - setpoint;
    clamp_each(setpoint, measured, dt, out_min, out_max);
    return update_step(dt, *kp, *integral, *prev_error, out_min, out_max);
}
