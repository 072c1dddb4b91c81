void kalman1d(const float *z, float *out, int n, float q, float r) {
    if (n <= 0) return;
    float x = z[0], p = r;
    out[0] = x;
    for (int i = 1; i < n; i++) {
        p += q;
        float k = p / (p + r);
        x += k * (z[i] - x);
        p *= 1.0f - k;
        out[i] = x;
    }
}
