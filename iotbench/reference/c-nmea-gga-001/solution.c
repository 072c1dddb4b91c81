#include <stdlib.h>
#include <string.h>

/* Copy field idx (0 = address) of s into buf; return its length or -1 if absent. */
static int field(const char *s, int idx, char *buf, int cap) {
    int f = 0;
    const char *p = s;
    while (f < idx) {
        p = strpbrk(p, ",*");
        if (!p || *p == '*') return -1;
        p++;
        f++;
    }
    int n = 0;
    while (p[n] && p[n] != ',' && p[n] != '*' && p[n] != '\r' && p[n] != '\n') n++;
    if (n >= cap) n = cap - 1;
    memcpy(buf, p, (size_t)n);
    buf[n] = 0;
    return n;
}

static double degrees(const char *v, int deg_digits) {
    char d[4] = {0};
    memcpy(d, v, (size_t)deg_digits);
    return atof(d) + atof(v + deg_digits) / 60.0;
}

int parse_gga(const char *s, double *lat, double *lon, int *sats) {
    char f0[16], la[20], ns[4], lo[20], ew[4], q[8], sv[8];
    if (s[0] != '$' || field(s, 0, f0, sizeof f0) != 6 || strcmp(f0 + 3, "GGA") != 0) return 0;
    if (field(s, 2, la, sizeof la) < 5 || field(s, 3, ns, sizeof ns) != 1) return 0;
    if (field(s, 4, lo, sizeof lo) < 6 || field(s, 5, ew, sizeof ew) != 1) return 0;
    if (field(s, 6, q, sizeof q) <= 0 || atoi(q) == 0) return 0;
    if (field(s, 7, sv, sizeof sv) < 0) return 0;
    double a = degrees(la, 2), b = degrees(lo, 3);
    *lat = ns[0] == 'S' ? -a : a;
    *lon = ew[0] == 'W' ? -b : b;
    *sats = atoi(sv);
    return 1;
}
