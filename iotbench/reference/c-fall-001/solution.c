int detect_fall(const float *mag, int n, int fs) {
    int last_free_fall = -1;
    for (int i = 0; i < n; i++) {
        if (mag[i] > 2.5f && last_free_fall >= 0 && i - last_free_fall <= fs) return i;
        if (mag[i] < 0.5f) last_free_fall = i;
    }
    return -1;
}
