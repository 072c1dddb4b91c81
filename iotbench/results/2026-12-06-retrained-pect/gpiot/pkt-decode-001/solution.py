def pack_byte(data, n=1):
    """gpiot: no attempt at `pack_byte` was usable (the code does not define `pack_byte`); the best one is kept below, disabled. Run Implement task here again, or write it.

    Inputs: data: bytes; n: number of bytes
    Outputs: dict of floats
    Behaviour: n = 1; for each byte: n--;
    Constraints: n <= 1; no malloc; no crc32; no malloc_put; no crc32_put; n <= 0; no malloc_put_crc; n <= 0; no crc3
    Libraries: stdint.h, stddef.h
    """
    # gpiot: best attempt
    # #include <stdint.h>
    #
    #
    # #include <stddef.h>
    #
    #
    # #define n 1
    #
    #
    # #define n 0
    #
    #
    # #define n 0
    #
    #
    # #define n 0
    #
    #
    # #define n 0
    #
    #
    # #define n 0
    #
    #
    # #define n 0
    #
    #
    # #define n 0
    #
    #
    # #define n 0
    #
    #
    # #define n 0
    #
    #
    # #define n 0
    #
    #
    # #define n 0
    #
    #
    # #define n 0
    #
    #
    # #define n 0
    #
    #
    # #define n 0
    #
    #
    # #define n 0
    #
    #
    # #define n 0
    #
    #
    # #define n 0
    #
    #
    # #define n 0
    #
    #
    # #define n 0
    #
    #
    # #define n 0
    #
    #
    # #define n 0
    #
    #
    # #define n 0
    #
    #
    # #define n 0
    #
    #
    # #define n 0
    #
    #
    # #define n 0
    #
    #
    # #define n 0
    #
    #
    # #define n 0
    #
    #
    # #define n 0
    #
    #
    # #define n 0
    #
    #
    # #define n 0
    #
    #
    # #define n 0
    #
    #
    # #define n 0
    #
    #
    # #define n 0
    #
    #
    # #define n 0
    #
    #
    # #define n 0
    #
    #
    # #define n 0
    #
    #
    # #define n 0
    #
    #
    # #define n 0
    #
    #
    # #define n 0
    #
    #
    # #define n 0
    #
    #
    # #define n 0
    #
    #
    # #define n 0
    #
    #
    # #define n 0
    #
    #
    # #define n 0
    #
    #
    # #define n 0
    #
    #
    # #define n 0
    #
    #
    # #define n 0
    #
    #
    # #define n 0
    #
    #
    # #define n 0
    #
    #
    # #define n 0
    #
    #
    # #define n 0
    #
    #
    # #define n 0
    #
    #
    # #define n 0
    #
    #
    # #define n 0
    #
    #
    # #define n 0
    #
    #
    # #define n 0
    #
    #
    # #define n 0
    #
    #
    # #define n 0
    #
    #
    # #define n 0
    #
    #
    # #define n 0
    #
    #
    # #define n 0
    #
    #
    # #define n 0
    #
    #
    # #define n 0
    #
    #
    # #define n 0
    #
    #
    # #define n 0
    #
    #
    # #define n 0
    #
    #
    # #define n 0
    #
    #
    # #define n 0
    #
    #
    # #define n 0
    #
    #
    # #define n 0
    #
    #
    # #define n 0
    #
    #
    # #define n 0
    #
    #
    # #define n 0
    #
    #
    # #define n 0
    #
    #
    # #define n 0
    #
    #
    # #define n 0
    #
    #
    # #define n 0
    #
    #
    # #define n 0
    #
    #
    # #define n 0
    #
    #
    # #define n 0
    #
    #
    # #define n 0
    #
    #
    # #define n
    raise NotImplementedError("gpiot: task")


def pack_int16(data, n=1):
    """gpiot: no attempt at `pack_int16` was usable (the code does not define `pack_int16`); the best one is kept below, disabled. Run Implement task here again, or write it.

    Inputs: data: bytes; n: number of bytes
    Outputs: dict of floats
    Behaviour: n = 1; for each byte: n--;
    Constraints: n <= 1; no malloc; no crc32
    Libraries: stdint.h, stddef.h
    """
    # gpiot: best attempt
    # #include <stdint.h>
    #
    #
    # #include <stddef.h>
    #
    #
    # #define n 1
    #
    #
    # #define n 0
    #
    #
    # #define n 11
    #
    #
    # #define n 12
    #
    #
    # #define n 13
    #
    #
    # #define n 14
    #
    #
    # #define n 15
    #
    #
    # #define n 16
    #
    #
    # #define n 17
    #
    #
    # #define n 18
    #
    #
    # #define n 19
    #
    #
    # #define n 20
    #
    #
    # #define n 21
    #
    #
    # #define n 22
    #
    #
    # #define n 23
    #
    #
    # #define n 24
    #
    #
    # #define n 25
    #
    #
    # #define n 26
    #
    #
    # #define n 27
    #
    #
    # #define n 28
    #
    #
    # #define n 29
    #
    #
    # #define n 30
    #
    #
    # #define n 31
    #
    #
    # #define n 32
    #
    #
    # #define n 33
    #
    #
    # #define n 34
    #
    #
    # #define n 35
    #
    #
    # #define n 36
    #
    #
    # #define n 37
    #
    #
    # #define n 38
    #
    #
    # #define n 39
    #
    #
    # #define n 40
    #
    #
    # #define n 41
    #
    #
    # #define n 42
    #
    #
    # #define n 43
    #
    #
    # #define n 44
    #
    #
    # #define n 45
    #
    #
    # #define n 46
    #
    #
    # #define n 47
    #
    #
    # #define n 48
    #
    #
    # #define n 49
    #
    #
    # #define n 50
    #
    #
    # #define n 51
    #
    #
    # #define n 52
    #
    #
    # #define n 53
    #
    #
    # #define n 54
    #
    #
    # #define n 55
    #
    #
    # #define n 56
    #
    #
    # #define n 57
    #
    #
    # #define n 58
    #
    #
    # #define n 59
    #
    #
    # #define n 60
    #
    #
    # #define n 61
    #
    #
    # #define n 62
    #
    #
    # #define n 63
    #
    #
    # #define n 64
    #
    #
    # #define n 65
    #
    #
    # #define n 66
    #
    #
    # #define n 67
    #
    #
    # #define n 68
    #
    #
    # #define n 69
    #
    #
    # #define n 70
    #
    #
    # #define n 71
    #
    #
    # #define n 72
    #
    #
    # #define n 73
    #
    #
    # #define n 74
    #
    #
    # #define n 75
    #
    #
    # #define n 76
    #
    #
    # #define n 77
    #
    #
    # #define n 78
    #
    #
    # #define n 79
    raise NotImplementedError("gpiot: task")


def pack_uint16(data, n=1):
    """gpiot: no attempt at `pack_uint16` was usable (syntax error at line 2); the best one is kept below, disabled. Run Implement task here again, or write it.

    Inputs: data: bytes; n: number of bytes
    Outputs: dict of floats
    Behaviour: n = 1; for each byte: n >= 0; n -= 0; n /= 0; n %= 0; n -= 1; n *= 0; n -= 2; n -= 3; n -= 4; n -= 5; n -= 6; n -= 7; n -= 8; n -= 9; n -= 10; n -= 11; n -= 12; n -= 13; n -= 14; n -= 15; n -= 16; n =
    Constraints: n >= 0; n -= 0; n /= 0; n %= 0; n -= 1; n *= 0; n -= 2; n -= 3; n -= 4; n -= 5; n -= 6; n -= 7; n -=
    Libraries: none
    """
    # gpiot: best attempt
    # def pack_uint16(data, n=1):
    #     """Pack of 1 byte each: n >= 0; n -= 0; n /= 0; n %= 0; n -= 1; n *= 0; n -= 2; n -= 3; n -= 4; n -= 5; n -= 6; n -= 7; n - = 1; n = 1; n = 2; n = 3; n = 4; n = 5; n = 6; n = 7; n - = 1; n = 8; n = 9; n = 10; n = 11; n = 12; n = 13; n = 14; n = 15; n = 16; n = 17; n = 18; n = 19; n = 20; n = 21; n = 22; n = 23; n = 24; n = 25; n = 26; n = 27; n = 28; n = 29; n = 30; n = 31; n = 32; n = 33; n = 34; n = 35; n = 36; n = 37; n = 38; n = 39; n = 40; n = 41; n = 42; n = 43; n = 44; n = 45; n = 46; n = 47; n = 48; n = 49; n = 50; n = 51; n = 52; n = 53; n = 54; n = 55; n = 56; n = 57; n = 58; n = 59; n = 60; n = 61; n = 62; n = 63; n = 64; n = 65; n = 66; n = 67; n = 68; n = 69; n = 70; n = 71;
    raise NotImplementedError("gpiot: task")


def decode_uplink(payload):
    """Pack_byte, pack_int16, pack_uint16: bytes-to-bytes, bytes-to-int16, bytes-to-uint16: bytes-to-int16, bytes-to-uint16: bytes-to-int16."""
    if len(payload) == 0:
        return {}
    pack_byte(payload, n=7)
    pack_int16(payload, n=7)
    pack_uint16(payload, n=7)
    return {pack_byte: pack_int16, pack_int16: pack_uint16, pack_uint16: None}
