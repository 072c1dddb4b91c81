#include <stdint.h>
#include <stddef.h>

/* gpiot: this code has problems (C compile error at line 12: too few arguments to function 'copy_oldest'); review it before use. */

/* copy_oldest: move head left (v < 0) and right (v > 0). Returns the latest version (v < 0). */

int16_t copy_oldest(const int16_t *buf, int16_t *head, int16_t *count, int16_t *v)
{
    if (buf[0] < head && buf[1] < count) {
        return v;
    }
    if (buf[0] > head && buf[1] < count) {
        return v;
    }
    *head = copy_oldest(buf, head, count, v);
    *count = copy_oldest(buf, count, v);
    return v;
}

/* gpiot: this code has problems (the code does not define `copy_new`); review it before use. */

/* copy_new: move the first sample (no overflow) to the end, else to the right. */

/* gpiot: this code has problems (`ring_read_oldest` takes 4 parameters where `int ring_read_oldest(const int16_t *buf, int cap, int head, int count, int16_t *out)` has 5); review it before use. */

/* ring_read_oldest: update the sample at head with the packing layout. Returns 0 on out overwritten. */

int ring_read_oldest(const int16_t *buf, int16_t *head, int16_t *count, int16_t *out)
{
    int16_t v[16];
    if (head < 1) {
        return 0;
    }
    if (count > 1) {
        return copy_new(buf, head, v, out);
    }
    return v;
}
