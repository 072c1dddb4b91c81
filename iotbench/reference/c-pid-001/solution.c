float pid_step(float setpoint, float measured, float dt, float kp, float ki, float kd,
               float *integral, float *prev_error, float out_min, float out_max) {
    float e = setpoint - measured;
    float old = *integral;
    *integral += e * dt;
    float d = (e - *prev_error) / dt;
    *prev_error = e;
    float u = kp * e + ki * *integral + kd * d;
    if (u > out_max) {
        u = out_max;
        *integral = old;
    } else if (u < out_min) {
        u = out_min;
        *integral = old;
    }
    return u;
}
