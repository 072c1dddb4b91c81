int count_steps(const float *mag, int n, float high, float low) {
    int armed = 0, steps = 0;
    for (int i = 0; i < n; i++) {
        if (mag[i] < low) {
            armed = 1;
        } else if (mag[i] > high && armed) {
            steps++;
            armed = 0;
        }
    }
    return steps;
}
