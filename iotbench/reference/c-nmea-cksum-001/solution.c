#include <string.h>

static int hexval(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

int nmea_checksum_ok(const char *s) {
    const char *p = strchr(s, '$');
    if (!p) return 0;
    unsigned char x = 0;
    for (p++; *p && *p != '*'; p++) x ^= (unsigned char)*p;
    if (*p != '*') return 0;
    int hi = hexval(p[1]);
    int lo = hi < 0 ? -1 : hexval(p[2]);
    if (hi < 0 || lo < 0) return 0;
    return x == (unsigned char)(hi * 16 + lo);
}
