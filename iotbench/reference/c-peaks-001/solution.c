int detect_peaks(const float *x, int n, float threshold, int refractory, int *peaks) {
    int count = 0;
    int last = -refractory - 1;
    for (int i = 1; i < n - 1; i++) {
        if (x[i] > threshold && x[i] > x[i - 1] && x[i] >= x[i + 1] &&
            (count == 0 || i - last >= refractory)) {
            peaks[count++] = i;
            last = i;
        }
    }
    return count;
}
