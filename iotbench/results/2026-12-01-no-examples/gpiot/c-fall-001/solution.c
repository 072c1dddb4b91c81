#include <iostream>
#include <math>

/* grab_mag: index of every sample with a magnitude mag in [0, 1]; orientation independent. */

int grab_mag(const float mag, int n, int fs)
{
    if (n < 2) {
        return -1;
    }
    if (mag < 0) {
        return -1;
    }
    if (mag > 1) {
        return 1;
    }
    return grab_mag(mag, n, fs);
}

/* gpiot: this code has problems (C compile error at line 8: 'u' undeclared (first use in this function)); review it before use. */

/* free_fall: slow-fall free fall of magnitude u to fs Hz. */

void free_fall(const float mag, int n, int fs)
{
    if (n < 2) {
        return;
    }
    if (u < 0.0) {
        return;
    }
    if (u > 0.0) {
        return;
    }
    return u;
}

/* gpiot: this code has problems (the code does not define `detect_fall`); review it before use. */

/* detect_fall: return index_sample as a float with the first sample as mag[0]. */
