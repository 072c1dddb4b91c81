/* Judge for c-jump-001. */
#include <math.h>
#include <stdio.h>

int first_jump(const float *temp, int n, float max_delta);

static int check(const char *name, const float *t, int n, float d, int w) {
    int got = first_jump(t, n, d);
    if (got != w) { printf("%s (max_delta %.2f): got %d, want %d\n", name, d, got, w); return 1; }
    return 0;
}

int main(void) {
    float t[500];
    for (int i = 0; i < 500; i++) t[i] = 21.0f + 2.0f * sinf(i / 40.0f) + 0.05f * ((i * 7919) % 11 - 5) / 5.0f;
    if (check("smooth", t, 500, 0.5f, -1)) return 1;
    t[321] -= 3.0f;
    if (check("drop at 321", t, 500, 0.5f, 321)) return 1;
    t[77] += 0.9f;
    if (check("glitch at 77", t, 500, 0.5f, 77)) return 1;
    if (check("glitch at 77, larger limit", t, 500, 2.0f, 321)) return 1;
    float a[] = {10.0f, 11.0f, 9.0f};
    if (check("exact limit is not a jump", a, 3, 2.0f, -1)) return 1;
    if (check("tight limit", a, 3, 1.5f, 2)) return 1;
    if (check("single reading", a, 1, 0.1f, -1)) return 1;
    if (check("empty", a, 0, 0.1f, -1)) return 1;
    puts("ok");
    return 0;
}
