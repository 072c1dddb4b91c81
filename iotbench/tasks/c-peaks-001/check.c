/* Judge for c-peaks-001: simulated PPG (neurokit2, data/SOURCE.md) plus hand-made edge cases. */
#include <stdio.h>
#include <stdlib.h>

int detect_peaks(const float *x, int n, float threshold, int refractory, int *peaks);

static int ref_peaks(const float *x, int n, float thr, int refr, int *p) {
    int c = 0, last = -1000000;
    for (int i = 1; i < n - 1; i++)
        if (x[i] > thr && x[i] > x[i - 1] && x[i] >= x[i + 1] && i - last >= refr) {
            p[c++] = i;
            last = i;
        }
    return c;
}

static int check(const char *name, const float *x, int n, float thr, int refr) {
    int want[2048], got[2048];
    for (int i = 0; i < 2048; i++) got[i] = -7;
    int nw = ref_peaks(x, n, thr, refr, want);
    int ng = detect_peaks(x, n, thr, refr, got);
    if (ng != nw) {
        printf("%s (thr %.2f, refractory %d): returned %d peaks, want %d\n", name, thr, refr, ng, nw);
        return 1;
    }
    for (int i = 0; i < nw; i++)
        if (got[i] != want[i]) {
            printf("%s: peaks[%d] = %d, want %d\n", name, i, got[i], want[i]);
            return 1;
        }
    return 0;
}

int main(void) {
    static float ppg[2000];
    int n = 0;
    FILE *f = fopen("data/ppg.txt", "r");
    if (!f) { puts("cannot open data/ppg.txt"); return 2; }
    while (n < 2000 && fscanf(f, "%f", &ppg[n]) == 1) n++;
    fclose(f);
    if (n != 1500) { printf("read %d samples, want 1500\n", n); return 2; }
    double mean = 0;
    for (int i = 0; i < n; i++) mean += ppg[i];
    mean /= n;
    if (check("ppg", ppg, n, (float)mean, 20)) return 1;
    if (check("ppg", ppg, n, (float)mean + 0.5f, 10)) return 1;
    if (check("ppg", ppg, n, (float)mean, 1)) return 1;
    float a[] = {0, 2, 2, 0, 1, 3, 1, 0, 5, 0, 4, 0, 0};
    if (check("plateau/refractory", a, 13, 0.5f, 3)) return 1;
    if (check("plateau/refractory", a, 13, 0.5f, 1)) return 1;
    if (check("all below threshold", a, 13, 9.0f, 1)) return 1;
    float b[] = {1, 9};
    if (check("two samples", b, 2, 0.0f, 1)) return 1;
    if (check("empty", b, 0, 0.0f, 1)) return 1;
    puts("ok");
    return 0;
}
