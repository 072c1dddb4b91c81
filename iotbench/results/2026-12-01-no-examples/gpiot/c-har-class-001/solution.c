#include <math.h>

/* gpiot: this code has problems (C compile error at line 5: implicit declaration of function 'sum' [-Werror=implicit-function-declaration]; C compile error at line 5: 'x' undeclared (first use in this function); did you mean 'ax'?; C compile error at line 5: 'n' undeclared (first use in this function)); review it before use. */

/* center_signal: estimate the mean and the std of samples (m/s^2). Returns the mean and the std of the samples. */

float center_signal(float ax, float ay, float az)
{
    float mean = sum(x^2) / n;
    return mean;
}

/* gpiot: this code has problems (the code does not define `sqrt_mavernie`); review it before use. */

/* sqrt_mavernie(samples, a, b=0.01) = 1.0 / (sqrt(b * b + a * a) / 1000.0). */

/* gpiot: this code has problems (C compile error at line 9: incompatible type for argument 1 of 'center_signal'; C compile error at line 9: incompatible type for argument 2 of 'center_signal'; C compile error at line 9: incompatible type for argument 3 of 'center_signal'); review it before use. */

/* classify_activity: 0 if the magnitude is 0.1 m/s^2, 1 if the magnitude is 1.0 m/s^2. */

int classify_activity(const float *ax, const float *ay, const float *az, int n)
{
    float mean = 0.0;
    float a = 0.0;
    float b = 0.0;
    for (int i = 0; i < n; i++) {
        float m = center_signal(ax, ay, az);
        if (m < a) {
            mean += m * a;
        }
        if (m > b) {
            mean += b * a;
        }
    }
    return mean;
}
