/* clamp_to: limit v to [lo, hi]. */
double clamp_to(double v, double lo, double hi)
{
    return v < lo ? lo : (v > hi ? hi : v);
}

/* gpiot: no attempt at `clamp_to_2` was usable (missing `}` at line 4); the best one is kept below, disabled. Run Implement task here again, or write it.
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
/* clamp_to_2: one clamp to 2: the integral is clamped to [-limit, limit] and the
   output to [0, limit]. clamp to 2: a controller state. */

double clamp_to_2(double setpoint, double measured, double dt, double *integ, double *prev_err)
{
#endif

/* gpiot: no attempt at `pid_step` was usable (syntax error at line 1; the code does not define `pid_step`); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: setpoint, measured, dt; integ, prev_err: state
 * Outputs: double actuator output
 * Behaviour: a heater controller runs a PID loop every dt seconds. Implement float pid_step(float setpoint, float measured, float dt, float kp, float ki, float kd, float *integral, float *prev_error, float out_min, float out_max): e = setpoint - measured; *integral += e*dt; d = (e - *prev_error)/dt; *prev_error = e; return u = kp*e + ki*(*integral) + kd*d, but if u is outside [out_min, out_max] clamp it and undo this step's integral update (anti-windup).
 * Constraints: no malloc
 * Libraries: none
 */
float pid_step(float setpoint, float measured, float dt, float kp, float ki, float kd, float *integral, float *prev_error, float out_min, float out_max)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* pid_step:

one PID

step with

anti-windup: the

integral is

clamped to [-limit, limit]

and the

output to [0, limit]. float pid_step(float setpoint, float measured, float dt, float kp, float ki, float kd, float *integral, float *prev_error, float out_min, float out_max): e = float setpoint - measured;

*integral += e*dt;

d = (e - *prev_error)/dt;

*prev_error = float;

return u = kp*e + ki*(*integral) + kd*d, but if u is outside [out_min, out_max] clamp it and undo this step's integral update (anti-windup).", "constraints": "no malloc", "libraries": "none"}
#endif
