void complementary_filter(const float *acc_angle, const float *gyro_rate, float *out, int n,
                          float dt, float alpha) {
    if (n <= 0) return;
    out[0] = acc_angle[0];
    for (int i = 1; i < n; i++)
        out[i] = alpha * (out[i - 1] + gyro_rate[i] * dt) + (1.0f - alpha) * acc_angle[i];
}
