int zero_crossings(const float *x, int n) {
    int count = 0;
    for (int i = 1; i < n; i++)
        if ((x[i - 1] < 0.0f) != (x[i] < 0.0f)) count++;
    return count;
}
