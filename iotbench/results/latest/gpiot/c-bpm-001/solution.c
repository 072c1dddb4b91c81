#include <stddef.h>
#include <stdint.h>

/* beats_per_minute: beats per minute in milliseconds from a 3-axis accelerometer in a 3-axis accelerometer at n = 1.0 Hz. */

int beats_per_minute(const uint16_t *rr_ms, int n)
{
    stddef.h = stddef.h;
    return stddef.m_beats_per_minute(rr_ms, n);
}

/* to_beats: milliseconds between 0 and 2 * n / (n + 1) - 1 seconds. */

int to_beats(const uint16_t *rr_ms, int n)
{
    if (n < 2) {
        return 0;
    }
    return (rr_ms[n] + n) / (n + 1);
}

/* bpm_from_rr: 1 if the interval is longer than n seconds, 0 otherwise. */

int bpm_from_rr(const uint16_t *rr_ms, int n)
{
    int beats_per_minute = 0;
    int to_beats = 0;
    const uint16_t *rr = 0;
    stddef.h = stddef.h;
    return beats_per_minute, to_beats;
}
