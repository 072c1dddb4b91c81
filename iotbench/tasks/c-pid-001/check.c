/* Judge for c-pid-001: closed loop with a first-order thermal plant; every step is compared. */
#include <math.h>
#include <stdio.h>

float pid_step(float setpoint, float measured, float dt, float kp, float ki, float kd,
               float *integral, float *prev_error, float out_min, float out_max);

static double want_step(double sp, double y, double dt, double kp, double ki, double kd,
                        double *I, double *pe, double lo, double hi) {
    double e = sp - y, old = *I;
    *I += e * dt;
    double d = (e - *pe) / dt;
    *pe = e;
    double u = kp * e + ki * *I + kd * d;
    if (u > hi) { u = hi; *I = old; }
    else if (u < lo) { u = lo; *I = old; }
    return u;
}

static int run(double kp, double ki, double kd, double lo, double hi, int steps) {
    double dt = 0.1, temp = 20.0, I = 0, pe = 0;
    float gI = 0, gpe = 0;
    for (int k = 0; k < steps; k++) {
        double sp = k < steps / 2 ? 60.0 : 35.0;
        double w = want_step(sp, temp, dt, kp, ki, kd, &I, &pe, lo, hi);
        float g = pid_step((float)sp, (float)temp, (float)dt, (float)kp, (float)ki, (float)kd,
                           &gI, &gpe, (float)lo, (float)hi);
        double tol = 1e-3 * (1 + fabs(w));
        if (!(fabs(g - w) <= tol) || fabs(gI - I) > 1e-3 * (1 + fabs(I)) || fabs(gpe - pe) > 1e-3) {
            printf("kp %.1f ki %.2f kd %.2f step %d: u = %f (integral %f, prev_error %f), "
                   "want %f (%f, %f)\n", kp, ki, kd, k, g, gI, gpe, w, I, pe);
            return 1;
        }
        temp += dt * (0.5 * w - 0.05 * (temp - 20.0)); /* heater power in, losses out */
    }
    return 0;
}

int main(void) {
    if (run(2.0, 0.1, 0.5, 0.0, 100.0, 600)) return 1;   /* saturates at the start */
    if (run(0.8, 0.05, 0.0, -20.0, 20.0, 400)) return 1;
    if (run(5.0, 0.0, 1.0, 0.0, 1000.0, 200)) return 1;
    puts("ok");
    return 0;
}
