#include <stddef.h>
#include <stdint.h>

/* xor_len: worst-case encoded size of n bytes (every byte escaped + END). */
size_t xor_len(size_t n)
{
    return 2 * n + 1;
}

/* max_size: worst-case encoded size of n bytes (every byte escaped + END). */
size_t max_size(size_t n)
{
    return 2 * n + 1;
}

/* gpiot: no attempt at `build_frame` was usable (C compile error at line 5: 'n' undeclared (first use in this function)); the best one is kept below, disabled. Run Implement task here again, or write it.
 * Inputs: n: payload bytes
 * Outputs: size_t bytes
 * Behaviour: 2 * n + 1: every byte escaped to 2 bytes plus the END byte.
 * Constraints: none
 * Libraries: stddef.h
 */
int build_frame(const uint8_t *payload, int len, uint8_t *out)
{
    /* gpiot: entry */
}

#if 0 /* gpiot: best attempt */
/* build_frame: worst-case encoded size of n bytes (every byte escaped + END). */

int build_frame(const uint8_t *payload, int len, uint8_t *out)
{
    return 2 * n + 1;
}
#endif
