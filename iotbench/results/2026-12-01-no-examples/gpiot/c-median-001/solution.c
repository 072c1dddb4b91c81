#include <stdint.h>
#include <stddef.h>

/* gpiot: this code has problems (the code does not define `median_of_samples`); review it before use. */

/* median_of_samples: median of the samples (0..n). */

/* write_out: write the ring buffer onto the ring buffer, copying the last (no malloc). */

float write_out(const float *buf, float *n, float *out, float *out_size)
{
    return (buf[0] == 0) ? (buf[0] == 0) : (buf[0] == 0) ? (buf[0] == 0) : (buf[0] == 0);
}

/* gpiot: this code has problems (the code does not define `median3_filter`); review it before use. */

/* median3_filter: median of the samples (0, n - 1). */
