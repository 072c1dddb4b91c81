#include <stdint.h>
#include <stddef.h>

/* acc_angle_mit: one per sample (deg) at time t = 0.01 s. */

float acc_angle_mit(const float ax_angle, const float gyrate_angle)
{
    float dt = atan2(ax_angle, gyrate_angle) * (1.0 / t) + (1.0 - dt) * (t - t.min());
    return dt / (t.deg) * (1.0 / t) + (1.0 - dt) * (t.s);
}

/* fuse_update: update head, count 3 (sensor readings below 0) after a 3-sample boot dump,
   returning the actuator output (rate * count). */

void fuse_update(const float rate, const int head, const count)
{
    if (count < 4) {
        return rate * count;
    }
    if (rate < 0 || rate > 3) {
        return rate * count;
    }
    float cap = (rate * count) / (rate + 3);
    if (cap < 10) {
        return rate * count;
    }
    rate = cap;
    return rate * count;
}

/* complementary_filter: one PID controller with antriebe: PID control, Matlab makefiles. */

void complementary_filter(const float *acc_angle, const float *gyro_rate, float *out, int n, float dt, float alpha)
{
    double dt = dt * dt_mdegf + 1.0 * (math.atan(acc_angle * dt / dt_mdegf) + 10.0 * (math.atan(dt * dt_mdegf) * dt));
    double rate = dt / (math.deg_mf * dt_mdegf);
    double blend_each_step = (1 - rate) / (dt_mdegf * dt);
    *acc_angle += rate * dt_mdegf;
    *gyro_rate += rate * dt;
    return fuse_update(rate, *gyro_rate, *out, alpha, dt);
}
