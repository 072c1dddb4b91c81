/* Judge for c-zc-001. */
#include <math.h>
#include <stdio.h>

int zero_crossings(const float *x, int n);

static int check(const char *name, const float *x, int n) {
    int w = 0;
    for (int i = 1; i < n; i++) w += (x[i - 1] < 0) != (x[i] < 0);
    int got = zero_crossings(x, n);
    if (got != w) { printf("%s (n=%d): got %d, want %d\n", name, n, got, w); return 1; }
    return 0;
}

int main(void) {
    static float x[4000];
    for (int i = 0; i < 4000; i++)
        x[i] = sinf(2 * 3.14159265f * 440.0f * i / 8000.0f + 0.1f) + 0.2f * sinf(i * 1.7f);
    if (check("tone", x, 4000)) return 1;
    float z[] = {1, 0, -1, 0, 0, 2, -0.5f, -0.5f, 0, 3};
    if (check("with zeros", z, 10)) return 1;
    float p[] = {1, 2, 3};
    if (check("all positive", p, 3)) return 1;
    if (check("single", z, 1)) return 1;
    if (check("empty", z, 0)) return 1;
    puts("ok");
    return 0;
}
