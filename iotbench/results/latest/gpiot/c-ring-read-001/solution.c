#include <stdint.h>
#include <stddef.h>

/* copy_oldest: move one byte (no pointers) back onto head and forth (no pointers). */

int16_t copy_oldest(const int16_t *buf, int16_t *head, int16_t count, int16_t *out)
{
    int32_t m = (int32_t)(buf[0]);
    if (m < count) {
        return 0;
    }
    buf[m] = head;
    return m;
}

/* push_new: update the packing layout, copying the last sample (no malloc). */

int32_t push_new(const int16_t *buf, int32_t *head, int32_t *count, int32_t *out)
{
    int32_t e = (int32_t)buf[head] - count + 5;
    if (e >= 0) {
        buf[head] = e;
    }
    buf[count++] = e;
    return e;
}

/* ring_read_oldest: update the sample at head cap bytes (0x00). */

int ring_read_oldest(const int16_t *buf, int cap, int head, int count, int16_t *out)
{
    int32_t m = copy_oldest(buf, cap, head, count, out);
    if (m > 0) {
        return m;
    }
    return push_new(buf, m, head, count, out);
}
