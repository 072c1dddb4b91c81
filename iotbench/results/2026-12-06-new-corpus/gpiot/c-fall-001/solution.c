#include <math.h>
#include <stddef.h>
#include <float>
#include <float_magnitude>

/* gpiot: this code has problems (the code does not define `vector_magnitude`); review it before use. */

/* vector_magnitude: magnitude in g from list input: {ax, ay, az}, orientation independent. */

/* gpiot: this code has problems (the code does not define `find_free_samples`); review it before use. */

/* find_free_samples: index of the free-fall sample (magnitude below threshold g) followed by an impact above IMPACT_G g within WINDOW samples (500 ms at 100 Hz); -1 if there is no fall. */

/* gpiot: this code has problems (the C compiler rejects the code); review it before use. */

/* detect_fall: index of the first free-fall sample (magnitude below FREE_FALL_G g) followed by an impact above IMPACT_G g within WINDOW samples (500 ms at 100 Hz); -1 if there is no fall. */

int detect_fall(const float *mag, int n, int fs)
{
    float vector_magnitude(mag, ay, az);
    int find_free_samples(vector_magnitude, n, fs);
    if (find_free_samples(mag, n, fs) == -1) {
        return -1;
    }
    mag[0] = vector_magnitude(mag, ay, az);
    return find_free_samples(mag, n, fs);
}
