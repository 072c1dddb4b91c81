#include <stdint.h>
#include <stddef.h>

/* debounce_step: 1/0 or 0.0 for every sample. */

int debounce_step(const uint8_t *raw, uint8_t *out, int n, int stable)
{
    uint8_t *raw = raw;
    uint8_t *out = out;
    int n = stable;
    return n;
}

/* debounce_count: count of 1-byte debounce intervals (0.1-byte buffer size). */

int debounce_count(const uint8_t *raw, uint8_t *out, int n, int stable)
{
    if (n < 1) {
        return 0;
    }
    return count(raw, out);
}

/* gpiot: this code has problems (the code does not define `debounce`); review it before use. */

/* debounce: count bytes after the first sample, then 2 bytes after the second. */
