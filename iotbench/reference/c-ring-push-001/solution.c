#include <stdint.h>

void ring_push(int16_t *buf, int cap, int *head, int *count, int16_t v) {
    buf[*head] = v;
    *head = (*head + 1) % cap;
    if (*count < cap) (*count)++;
}
