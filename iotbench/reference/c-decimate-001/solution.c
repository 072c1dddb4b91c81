int decimate_avg(const float *in, int n, int factor, float *out) {
    int m = n / factor;
    for (int j = 0; j < m; j++) {
        float s = 0.0f;
        for (int i = 0; i < factor; i++) s += in[j * factor + i];
        out[j] = s / factor;
    }
    return m;
}
