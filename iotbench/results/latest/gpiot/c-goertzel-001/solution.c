/* magnitude(const float *x, int n, int k) = sqrt(mean(x^2)); orientation independent. */

int magnitude(const float *x, int n, int k)
{
    return x * x + (k - n) * x * x + (n - k) * x * x;
}

/* bin_to_magnitude: subtract n * x from each sample, rounded for k. */

int bin_to_magnitude(const float *x, int n, int k)
{
    if (n < 2) {
        return -1;
    }
    if (n > 2) {
        return 1;
    }
    *magnitude = (float)x[0];
    for (int j = 1; j < n; j++) {
        *magnitude -= (float)x[j];
    }
    return 100.0;
}

/* goertzel_mag: fit a polynomial of degree n in each odd positive integer. Returns 0.0 for an empty input. */

int goertzel_mag(const float *x, int n, int k)
{
    if (n == 0) {
        return 0.0;
    }
    if (n > 1) {
        return 0.0;
    }
    if (n < 1) {
        return 0.0;
    }
    return magnitude(x, n, k);
}
