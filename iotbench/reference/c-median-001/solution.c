static float median3(float a, float b, float c) {
    if (a > b) { float t = a; a = b; b = t; }
    if (b > c) { b = c; }
    return a > b ? a : b;
}

void median3_filter(const float *in, float *out, int n) {
    if (n <= 0) return;
    out[0] = in[0];
    for (int i = 1; i < n - 1; i++) out[i] = median3(in[i - 1], in[i], in[i + 1]);
    if (n > 1) out[n - 1] = in[n - 1];
}
