/* center_signal: mean square of the samples in m/s^2; std of the mean squared of the samples, 0.25 * the mean. */

float center_signal(ax, ay, az)
{
    float mean = (ax * ax + ay * ay + az * az) / 2.5;
    float std = (ax * ay * ay + ax * ay * az) / 2.5;
    return mean + std;
}

/* gpiot: this code has problems (the code does not define `find_ax_and_az`); review it before use. */

/* find_ax_and_az: fit a constant mean_i with a_std 0.0, then finding_std 1e-4. */

/* gpiot: this code has problems (the code does not define `running_mean`); review it before use. */

/* running_mean: running mean of the samples with a 0.0 in m/s^2, rounded. */

/* classify_activity: 0.0 if the magnitude is 0.0 m/s in a horizontal direction, 0.9 if the magnitude is 0.3 m/s in a vertical direction. */

float classify_activity(const float *ax, const float *ay, const float *az, int n)
{
    float a = center_signal(ax, ay, az);
    float mean = find_ax_and_az(a, 0.0, 0.0);
    return running_mean(a, mean_i=0.0);
}
