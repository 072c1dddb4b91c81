"""C protocol problems: CRC, checksums, framing, SLIP, COBS, NMEA and AT parsing."""
from __future__ import annotations

import random

from .c_common import cproblem, ctask, hexarr, resource
from .common import sub

# A CRC is its Rocksoft parameters: width, poly (normal form), init, refin = refout, xorout.
# The named variants are kept; "custom" ones draw every parameter, so the constants in the
# code can only come from the spec.
NAMED_CRCS = {
    "crc8": dict(width=8, poly=0x07, init=0x00, ref=False, xorout=0x00, label="CRC-8"),
    "crc16_ccitt": dict(width=16, poly=0x1021, init=0xFFFF, ref=False, xorout=0x0000, label="CRC-16/CCITT-FALSE"),
    "crc16_modbus": dict(width=16, poly=0x8005, init=0xFFFF, ref=True, xorout=0x0000, label="CRC-16/MODBUS"),
    "crc32": dict(width=32, poly=0x04C11DB7, init=0xFFFFFFFF, ref=True, xorout=0xFFFFFFFF, label="CRC-32 (IEEE)"),
}
KNOWN_POLYS = {8: [0x07, 0x31, 0x1D, 0x9B, 0xD5, 0x2F, 0x39], 16: [0x1021, 0x8005, 0x3D65, 0x8BB7, 0x0589, 0xC867, 0xA097],
               32: [0x04C11DB7, 0x1EDC6F41, 0x814141AB, 0xA833982B, 0x000000AF, 0xF4ACFB13]}
C_TYPE = {8: "uint8_t", 16: "uint16_t", 32: "uint32_t"}


def _reflect(v, width):
    return int(format(v, f"0{width}b")[::-1], 2)


def crc_ref(k, data):
    """Reference CRC (Rocksoft model, MSB-first register; reflection done on bytes and result)."""
    w, top, mask = k["width"], 1 << (k["width"] - 1), (1 << k["width"]) - 1
    crc = k["init"]
    for byte in data:
        crc ^= (_reflect(byte, 8) if k["ref"] else byte) << (w - 8)
        for _ in range(8):
            crc = ((crc << 1) ^ k["poly"]) & mask if crc & top else (crc << 1) & mask
    if k["ref"]:
        crc = _reflect(crc, w)
    return crc ^ k["xorout"]


def _hx(v, width):
    return f"0x{v:0{width // 4}X}"


def random_crc(rng):
    """A CRC with drawn parameters: width 8/16/32, a catalogue or random odd poly, init/xorout
    zero, all-ones or (MSB-first only, for init) arbitrary."""
    w = rng.choice([8, 16, 16, 32])
    mask = (1 << w) - 1
    poly = rng.choice(KNOWN_POLYS[w]) if rng.random() < 0.6 else (rng.getrandbits(w) | 1)
    ref = rng.random() < 0.5
    inits = [0, mask] if ref else [0, mask, rng.getrandbits(w)]
    return dict(width=w, poly=poly, init=rng.choice(inits), ref=ref, xorout=rng.choice([0, 0, mask, rng.getrandbits(w)]), label=f"CRC-{w}")


def crc_params(k):
    """The parameters in the words a requirement uses (also the spec's wording)."""
    w = k["width"]
    refl = f"reflected in/out (LSB-first, reversed poly {_hx(_reflect(k['poly'], w), w)})" if k["ref"] else "not reflected (MSB-first)"
    return f"poly {_hx(k['poly'], w)}, init {_hx(k['init'], w)}, {refl}, final XOR {_hx(k['xorout'], w)}"


def crc_code(k, fn, d, n):
    w, ty = k["width"], C_TYPE[k["width"]]
    u = "u" if w > 16 else ""
    if k["ref"]:
        feed = f"crc ^= {d}[i];"
        step = f"crc = (crc & 1u) ? (({ty})(crc >> 1) ^ {_hx(_reflect(k['poly'], w), w)}{u}) : ({ty})(crc >> 1);"
    else:
        feed = {8: f"crc ^= {d}[i];", 16: f"crc ^= (uint16_t)({d}[i] << 8);", 32: f"crc ^= (uint32_t){d}[i] << 24;"}[w]
        step = f"crc = (crc & {_hx(1 << (w - 1), w)}{u}) ? ({ty})((crc << 1) ^ {_hx(k['poly'], w)}{u}) : ({ty})(crc << 1);"
    ret = f"return crc ^ {_hx(k['xorout'], w)}{u};" if k["xorout"] else "return crc;"
    return sub('''
    #include <stdint.h>
    #include <stddef.h>

    /* $fn: $label, $params; bitwise over n bytes, no lookup table. */
    $ty $fn(const uint8_t *$d, size_t $n)
    {
        $ty crc = $init$u;
        for (size_t i = 0; i < $n; i++) {
            $feed
            for (int b = 0; b < 8; b++) {
                $step
            }
        }
        $ret
    }
    ''', fn=fn, label=k["label"], params=crc_params(k), ty=ty, d=d, n=n, init=_hx(k["init"], w), u=u, feed=feed, step=step, ret=ret)


def crc_task(rng, kind, k):
    w, ty = k["width"], C_TYPE[k["width"]]
    fn = rng.choice([kind, f"calc_{kind}", f"{kind}_compute", f"compute_{kind}"])
    d, n = rng.choice([("data", "len"), ("buf", "n"), ("bytes", "count"), ("msg", "length")])
    code = crc_code(k, fn, d, n)
    r = random.Random(rng.random())
    extra = [r.randrange(256) for _ in range(r.randrange(1, 9))]
    check = f'''
    const uint8_t s[] = "123456789";
    const uint8_t e[] = {hexarr(extra)};
    CHECK({fn}(s, 9) == {_hx(crc_ref(k, b"123456789"), w)}u);
    CHECK({fn}(e, sizeof e) == {_hx(crc_ref(k, extra), w)}u);
    CHECK({fn}(s, 0) == ({ty}){_hx(crc_ref(k, b""), w)}u);
    '''
    name = k["label"]
    beh = f"{name} bitwise: {crc_params(k)}; check value of \"123456789\" is {_hx(crc_ref(k, b'123456789'), w)}."
    return ctask(fn, f"Compute the {name} ({crc_params(k)})", f"{d}: bytes; {n}: number of bytes", f"{ty} CRC",
                 f"{ty} {fn}(const uint8_t *{d}, size_t {n})", beh, f"no lookup table, no malloc; {w}-bit register", code, check, "stdint.h, stddef.h")


def gen_crc_frame(rng: random.Random):
    kind = rng.choice(list(NAMED_CRCS) + ["custom"] * 6)
    k = NAMED_CRCS[kind] if kind != "custom" else random_crc(rng)
    if kind == "custom":
        kind = rng.choice([f"crc{k['width']}", f"crc{k['width']}_custom", f"frame_crc{k['width']}"])
    crc = crc_task(rng, kind, k)
    nb = k["width"] // 8
    k = dict(k, ty=C_TYPE[k["width"]], desc=f"{k['label']} ({crc_params(k)})")
    endian = rng.choice(["big", "little"])
    rfn = rng.choice(["read_crc", "get_trailer_crc", "load_crc"])
    if nb == 1:
        rbody = "    return p[0];"
    elif endian == "big":
        rbody = "    uint32_t v = 0;\n    for (int i = 0; i < %d; i++) {\n        v = (v << 8) | p[i];\n    }\n    return (%s)v;" % (nb, k["ty"])
    else:
        rbody = "    uint32_t v = 0;\n    for (int i = %d; i >= 0; i--) {\n        v = (v << 8) | p[i];\n    }\n    return (%s)v;" % (nb - 1, k["ty"])
    rcode = f"#include <stdint.h>\n\n/* {rfn}: read the {nb}-byte CRC stored {'big' if endian == 'big' else 'little'}-endian at p. */\n{k['ty']} {rfn}(const uint8_t *p)\n{{\n{rbody}\n}}"
    test = [0x12, 0x34, 0x56, 0x78][:nb]
    val = int.from_bytes(bytes(test), endian)
    rt = ctask(rfn, f"Read the {nb}-byte {endian}-endian CRC from the end of the frame", "p: pointer to the CRC bytes", f"{k['ty']} value",
               f"{k['ty']} {rfn}(const uint8_t *p)", f"Assemble the {nb} byte(s) at p {endian}-endian (p[0] is the {'most' if endian == 'big' else 'least'} significant byte).", "none", rcode,
               f"    const uint8_t b[] = {hexarr(test)};\n    CHECK({rfn}(b) == 0x{val:X}u);", "stdint.h")
    efn = rng.choice(["verify_frame", "frame_is_valid", "check_packet", "validate_message"])
    code = f"#include <stdint.h>\n#include <stddef.h>\n\n/* {efn}: 1 if the last {nb} byte(s) of frame hold the {k['label']} of the bytes before them, else 0. */\nint {efn}(const uint8_t *frame, size_t len)\n{{\n    if (len < {nb + 1}) {{\n        return 0;\n    }}\n    return {crc.name}(frame, len - {nb}) == {rfn}(frame + len - {nb});\n}}"
    rng2 = random.Random(rng.random())
    payload = [rng2.randrange(256) for _ in range(rng2.randrange(3, 12))]
    c = crc_ref(k, payload)
    frame = payload + list(c.to_bytes(nb, endian))
    bad = list(frame)
    bad[1] ^= 0x01
    check = f'''
    const uint8_t good[] = {hexarr(frame)};
    const uint8_t bad[] = {hexarr(bad)};
    CHECK({efn}(good, sizeof good) == 1);
    CHECK({efn}(bad, sizeof bad) == 0);
    CHECK({efn}(good, {nb}) == 0);
    '''
    entry = ctask(efn, "Entry: validate a received frame", "frame: bytes incl. CRC trailer; len: total length", "int 1 valid / 0 invalid",
                  f"int {efn}(const uint8_t *frame, size_t len)", f"0 if len < {nb + 1}; else 1 when {crc.name}(frame, len - {nb}) equals {rfn}(frame + len - {nb}), the {nb}-byte {endian}-endian trailer.",
                  "no malloc", code, check, "stdint.h, stddef.h")
    link = rng.choice(["LoRa", "RS-485", "UART", "BLE", "Zigbee"])
    ctx = f"frames received over {link} end with a {nb}-byte {k['desc']} of the preceding bytes, stored {endian}-endian" if nb > 1 else f"frames received over {link} end with one {k['desc']} byte"
    ret = rng.choice(["returns 1 when the CRC matches and 0 otherwise", "checks the CRC trailer and returns 1 for a valid frame, 0 for a corrupt or too short one"])
    return cproblem(rng, "protocol", "serial", ctx, f"int {efn}(const uint8_t *frame, size_t len)", ret, resource(rng), [crc, rt], entry, ["stdint.h", "stddef.h"])


# Byte-stuffing framings with the same code shape: END/ESC bytes and their escape codes.
FRAMINGS = [
    dict(name="SLIP", end=0xC0, esc=0xDB, esc_end=0xDC, esc_esc=0xDD, ctx=["sensor packets are sent over a UART using SLIP framing (RFC 1055)",
                                                                         "a gateway forwards raw sensor bytes over serial with SLIP"]),
    dict(name="HDLC-style", end=0x7E, esc=0x7D, esc_end=0x5E, esc_esc=0x5D, ctx=["sensor packets are sent over a UART with HDLC-style byte stuffing",
                                                                                "a modem link frames packets with an HDLC-like flag byte and byte stuffing"]),
]


def random_framing(rng):
    end, esc, esc_end, esc_esc = rng.sample(range(1, 256), 4)
    return dict(name="byte-stuffed", end=end, esc=esc, esc_end=esc_end, esc_esc=esc_esc,
                ctx=["sensor packets are sent over a serial link with a custom byte-stuffing framing",
                     "a proprietary radio link delimits packets with an END byte and escapes it in the payload"])


def framing_words(f):
    return (f"END 0x{f['end']:02X} -> 0x{f['esc']:02X} 0x{f['esc_end']:02X}, ESC 0x{f['esc']:02X} -> 0x{f['esc']:02X} 0x{f['esc_esc']:02X}")


def _slip_ref(data, f):
    out = []
    for b in data:
        if b == f["end"]:
            out += [f["esc"], f["esc_end"]]
        elif b == f["esc"]:
            out += [f["esc"], f["esc_esc"]]
        else:
            out.append(b)
    return out + [f["end"]]


def gen_slip(rng: random.Random):
    f = rng.choice(FRAMINGS + [None]) or random_framing(rng)
    words = framing_words(f)
    h = {k: f"0x{v:02X}" for k, v in f.items() if isinstance(v, int)}
    pre = "slip" if f["name"] == "SLIP" else rng.choice(["frame", "stuff"])
    f1 = rng.choice([f"{pre}_escape", f"{pre}_put_byte", "escape_byte"])
    c1 = sub('''
    #include <stdint.h>
    #include <stddef.h>

    /* $fn: write byte b $name-escaped into out ($words).
       Returns the number of bytes written (1 or 2). out must have room for 2 bytes. */
    size_t $fn(uint8_t b, uint8_t *out)
    {
        if (b == $end) {
            out[0] = $esc;
            out[1] = $esc_end;
            return 2;
        }
        if (b == $esc) {
            out[0] = $esc;
            out[1] = $esc_esc;
            return 2;
        }
        out[0] = b;
        return 1;
    }
    ''', fn=f1, name=f["name"], words=words, **h)
    plain = next(b for b in (0x41, 0x42, 0x43) if b not in (f["end"], f["esc"]))
    k1 = f'''
    uint8_t o[2];
    CHECK({f1}({h['end']}, o) == 2 && o[0] == {h['esc']} && o[1] == {h['esc_end']});
    CHECK({f1}({h['esc']}, o) == 2 && o[0] == {h['esc']} && o[1] == {h['esc_esc']});
    CHECK({f1}(0x{plain:02X}, o) == 1 && o[0] == 0x{plain:02X});
    '''
    t1 = ctask(f1, f"{f['name'][0].upper() + f['name'][1:]}-escape one byte ({words})", "b: byte; out: room for 2 bytes", "size_t bytes written", f"size_t {f1}(uint8_t b, uint8_t *out)",
               f"{words}; any other byte is copied as is. Returns 2 or 1.", "no malloc", c1, k1, "stdint.h, stddef.h")
    efn = rng.choice([f"{pre}_encode", f"{pre}_frame", f"encode_{pre}_packet"])
    code = sub('''
    #include <stdint.h>
    #include <stddef.h>

    /* $e: $name-encode n bytes into out and terminate with END ($end).
       Returns the encoded length, or 0 if out (cap bytes) is too small. */
    size_t $e(const uint8_t *in, size_t n, uint8_t *out, size_t cap)
    {
        size_t k = 0;
        uint8_t tmp[2];
        for (size_t i = 0; i < n; i++) {
            size_t m = $f1(in[i], tmp);
            if (k + m + 1 > cap) {
                return 0;
            }
            for (size_t j = 0; j < m; j++) {
                out[k++] = tmp[j];
            }
        }
        if (k + 1 > cap) {
            return 0;
        }
        out[k++] = $end;
        return k;
    }
    ''', e=efn, f1=f1, name=f["name"], **h)
    r = random.Random(rng.random())
    data = [r.choice([f["end"], f["esc"], r.randrange(256)]) for _ in range(r.randrange(4, 14))]
    enc = _slip_ref(data, f)
    check = f'''
    const uint8_t in[] = {hexarr(data)};
    const uint8_t exp[] = {hexarr(enc)};
    uint8_t out[64];
    CHECK({efn}(in, sizeof in, out, sizeof out) == sizeof exp);
    CHECK(memcmp(out, exp, sizeof exp) == 0);
    CHECK({efn}(in, sizeof in, out, {len(enc) - 1}) == 0);
    CHECK({efn}(in, 0, out, 1) == 1 && out[0] == {h['end']});
    '''
    entry = ctask(efn, f"Entry: {f['name']}-encode a packet", "in: bytes; n: count; out: buffer; cap: its size", "size_t encoded length or 0",
                  f"size_t {efn}(const uint8_t *in, size_t n, uint8_t *out, size_t cap)", f"Escape each byte with {f1}, then append END {h['end']}; 0 if the next write would pass cap.",
                  "no malloc; never write past cap", code, check, "stdint.h, stddef.h")
    ctx = rng.choice(f["ctx"]) + f" ({words}, END {h['end']} terminates each frame)"
    ret = "encodes n bytes from in into out (capacity cap) and returns the encoded length, or 0 when it does not fit"
    return _two(rng, ctx, efn, ret, t1, entry)


def _two(rng, ctx, efn, ret, t1, entry):
    # a second task: a capacity helper keeps the decomposition at >= 2 tasks
    f2 = rng.choice(["max_encoded_size", "worst_case_size", "encoded_bound"])
    c2 = f"#include <stddef.h>\n\n/* {f2}: worst-case encoded size of n bytes (every byte escaped + END). */\nsize_t {f2}(size_t n)\n{{\n    return 2 * n + 1;\n}}"
    t2 = ctask(f2, "Compute the worst-case encoded size", "n: payload bytes", "size_t bytes", f"size_t {f2}(size_t n)", "2 * n + 1: every byte escaped to 2 bytes plus the END byte.", "none", c2,
               f"    CHECK({f2}(0) == 1 && {f2}(10) == 21);", "stddef.h")
    entry.behaviour += f" {f2}(n) bounds the output size."
    from .common import Problem
    from .common import requirement
    from .c_common import c_context
    return Problem(language="c", family="protocol", modality="serial",
                   requirement=requirement(rng, ctx, entry.signature, ret, resource(rng)), tasks=[t1, t2], entry=entry,
                   context=c_context(rng, ["stdint.h", "stddef.h"]))


def _cobs_ref(data):
    out, code_i, code = [0], 0, 1
    for b in data:
        if b == 0:
            out[code_i] = code
            code_i = len(out)
            out.append(0)
            code = 1
        else:
            out.append(b)
            code += 1
            if code == 0xFF:
                out[code_i] = code
                code_i = len(out)
                out.append(0)
                code = 1
    out[code_i] = code
    return out


def gen_cobs(rng: random.Random):
    f1 = rng.choice(["cobs_encode", "cobs_stuff", "encode_cobs"])
    c1 = sub('''
    #include <stdint.h>
    #include <stddef.h>

    /* $fn: COBS-encode n bytes into out (needs n + n / 254 + 1 bytes).
       Returns the encoded length; the output contains no zero byte. */
    size_t $fn(const uint8_t *in, size_t n, uint8_t *out)
    {
        size_t code_i = 0;
        size_t k = 1;
        uint8_t code = 1;
        for (size_t i = 0; i < n; i++) {
            if (in[i] == 0) {
                out[code_i] = code;
                code_i = k++;
                code = 1;
            } else {
                out[k++] = in[i];
                code++;
                if (code == 0xFF) {
                    out[code_i] = code;
                    code_i = k++;
                    code = 1;
                }
            }
        }
        out[code_i] = code;
        return k;
    }
    ''', fn=f1)
    r = random.Random(rng.random())
    data = [r.choice([0, r.randrange(1, 256)]) for _ in range(r.randrange(3, 12))]
    enc = _cobs_ref(data)
    k1 = f'''
    const uint8_t in[] = {hexarr(data)};
    const uint8_t exp[] = {hexarr(enc)};
    uint8_t out[64];
    CHECK({f1}(in, sizeof in, out) == sizeof exp);
    CHECK(memcmp(out, exp, sizeof exp) == 0);
    const uint8_t z[] = {{0x00}};
    CHECK({f1}(z, 1, out) == 2 && out[0] == 1 && out[1] == 1);
    '''
    t1 = ctask(f1, "COBS-encode a buffer", "in: bytes; n: count; out: buffer of n + n/254 + 1 bytes", "size_t encoded length",
               f"size_t {f1}(const uint8_t *in, size_t n, uint8_t *out)", "Each zero becomes a code byte = distance to the next zero; a code of 0xFF marks a run of 254 non-zero bytes with no zero; returns the encoded length.",
               "no malloc", c1, k1, "stdint.h, stddef.h")
    f2 = rng.choice(["cobs_decode", "cobs_unstuff", "decode_cobs"])
    c2 = sub('''
    #include <stdint.h>
    #include <stddef.h>

    /* $fn: decode n COBS bytes (without the 0x00 delimiter) into out.
       Returns the decoded length, or 0 on a malformed input (zero code or overrun). */
    size_t $fn(const uint8_t *in, size_t n, uint8_t *out)
    {
        size_t i = 0;
        size_t k = 0;
        while (i < n) {
            uint8_t code = in[i++];
            if (code == 0 || i + code - 1 > n) {
                return 0;
            }
            for (uint8_t j = 1; j < code; j++) {
                out[k++] = in[i++];
            }
            if (code < 0xFF && i < n) {
                out[k++] = 0;
            }
        }
        return k;
    }
    ''', fn=f2)
    k2 = f'''
    const uint8_t enc[] = {hexarr(enc)};
    const uint8_t exp[] = {hexarr(data)};
    uint8_t out[64];
    CHECK({f2}(enc, sizeof enc, out) == sizeof exp);
    CHECK(memcmp(out, exp, sizeof exp) == 0);
    const uint8_t badz[] = {{0x03, 0x11, 0x00}};
    CHECK({f2}(badz, 2, out) == 0);
    '''
    t2 = ctask(f2, "Decode a COBS buffer", "in: encoded bytes; n: count; out: buffer", "size_t decoded length or 0 on error",
               f"size_t {f2}(const uint8_t *in, size_t n, uint8_t *out)", "Read a code byte, copy code - 1 bytes, insert a zero unless the code is 0xFF or the input ends; 0 for a zero code or overrun.",
               "validate codes; no malloc", c2, k2, "stdint.h, stddef.h")
    efn = rng.choice(["cobs_roundtrip_ok", "cobs_selftest", "verify_cobs_link"])
    code = f"#include <stdint.h>\n#include <stddef.h>\n#include <string.h>\n\n/* {efn}: encode then decode n (<= 254) bytes with static buffers; 1 if the data survives unchanged. */\nint {efn}(const uint8_t *data, size_t n)\n{{\n    static uint8_t enc[256];\n    static uint8_t dec[256];\n    if (n > 254) {{\n        return 0;\n    }}\n    size_t m = {f1}(data, n, enc);\n    for (size_t i = 0; i < m; i++) {{\n        if (enc[i] == 0) {{\n            return 0;\n        }}\n    }}\n    return {f2}(enc, m, dec) == n && memcmp(dec, data, n) == 0;\n}}"
    check = f'''
    const uint8_t in[] = {hexarr(data)};
    uint8_t big[254];
    for (int i = 0; i < 254; i++) big[i] = (uint8_t)(i % 7);
    CHECK({efn}(in, sizeof in) == 1);
    CHECK({efn}(big, 254) == 1);
    CHECK({efn}(big, 255) == 0);
    '''
    entry = ctask(efn, "Entry: check that COBS encode/decode round-trips", "data: bytes; n: count (<= 254)", "int 1 ok / 0 fail",
                  f"int {efn}(const uint8_t *data, size_t n)", f"0 if n > 254; {f1} into a static 256-byte buffer, 0 if it holds a 0x00 byte; {f2} into a second static 256-byte buffer; 1 if n bytes match.", "static buffers, no malloc",
                  code, check, "stdint.h, stddef.h, string.h")
    ctx = "sensor frames are sent over a serial link with COBS framing (0x00 is the frame delimiter)"
    ret = "encodes data with COBS, checks the encoding has no zero byte, decodes it again and returns 1 when the round trip reproduces the input"
    return cproblem(rng, "protocol", "serial", ctx, f"int {efn}(const uint8_t *data, size_t n)", ret, resource(rng), [t1, t2], entry, ["stdint.h", "stddef.h", "string.h"])


def _nmea_ck(s):
    c = 0
    for ch in s:
        c ^= ord(ch)
    return c


NMEA_LAT_FIELD = {"GGA": 2, "RMC": 3, "GLL": 1}   # latitude field; hemisphere, longitude, hemisphere follow


def _nmea_body(r, sid, pos):
    t = f"{r.randrange(0, 235959):06d}"
    if sid.endswith("GGA"):
        return f"{sid},{t},{pos},1,0{r.randrange(4, 9)},0.9,{r.randrange(0, 900)}.4,M,46.9,M,,"
    if sid.endswith("RMC"):
        return f"{sid},{t},A,{pos},{r.uniform(0, 40):.1f},{r.uniform(0, 359):.1f},{r.randrange(1, 28):02d}0624,,"
    return f"{sid},{pos},{t},A"


def gen_nmea(rng: random.Random):
    f1 = rng.choice(["nmea_checksum_ok", "nmea_valid", "check_nmea_checksum"])
    c1 = sub('''
    #include <stdint.h>
    #include <stdlib.h>

    /* $fn: 1 if the sentence "$$...*HH" has a correct XOR checksum of the characters
       between '$$' and '*', else 0. */
    int $fn(const char *s)
    {
        if (s[0] != '$$') {
            return 0;
        }
        uint8_t ck = 0;
        const char *p = s + 1;
        while (*p && *p != '*') {
            ck ^= (uint8_t)*p++;
        }
        if (*p != '*' || !p[1] || !p[2]) {
            return 0;
        }
        char hex[3] = {p[1], p[2], 0};
        return (uint8_t)strtoul(hex, NULL, 16) == ck;
    }
    ''', fn=f1)
    r = random.Random(rng.random())
    lat_deg, lat_min = r.randrange(0, 89), round(r.uniform(0, 59.999), 3)
    lon_deg, lon_min = r.randrange(0, 179), round(r.uniform(0, 59.999), 3)
    ns, ew = r.choice("NS"), r.choice("EW")
    stype, talker = rng.choice(["GGA", "GGA", "RMC", "GLL"]), rng.choice(["GP", "GP", "GN"])
    lat_f = NMEA_LAT_FIELD[stype]
    pos = f"{lat_deg:02d}{lat_min:06.3f},{ns},{lon_deg:03d}{lon_min:06.3f},{ew}"
    body = _nmea_body(r, talker + stype, pos)
    sent = f"${body}*{_nmea_ck(body):02X}"
    badsent = f"${body}*{(_nmea_ck(body) ^ 0x5A):02X}"
    k1 = f'''
    CHECK({f1}("{sent}") == 1);
    CHECK({f1}("{badsent}") == 0);
    CHECK({f1}("GPGGA,1*00") == 0);
    CHECK({f1}("$GPGGA,1") == 0);
    '''
    t1 = ctask(f1, "Validate the NMEA checksum", "s: NUL-terminated sentence", "int 1 valid / 0 invalid", f"int {f1}(const char *s)",
               "XOR all characters between '$' and '*' and compare with the two hex digits after '*'.", "no malloc", c1, k1, "stdint.h, stdlib.h")
    f2 = rng.choice(["nmea_field", "get_field", "copy_field"])
    c2 = sub('''
    #include <stddef.h>

    /* $fn: copy comma-separated field number idx (0 = sentence id) into out (cap bytes, NUL-terminated).
       Returns the field length, or -1 if the field does not exist or does not fit. */
    int $fn(const char *s, int idx, char *out, size_t cap)
    {
        int field = 0;
        while (*s && field < idx) {
            if (*s == ',') {
                field++;
            }
            s++;
        }
        if (field != idx) {
            return -1;
        }
        size_t k = 0;
        while (s[k] && s[k] != ',' && s[k] != '*') {
            if (k + 1 >= cap) {
                return -1;
            }
            out[k] = s[k];
            k++;
        }
        out[k] = 0;
        return (int)k;
    }
    ''', fn=f2)
    k2 = f'''
    char f[16];
    CHECK({f2}("$GPGGA,123519,4807.038,N*47", 2, f, sizeof f) == 8 && strcmp(f, "4807.038") == 0);
    CHECK({f2}("$GPGGA,123519,4807.038,N*47", 3, f, sizeof f) == 1 && strcmp(f, "N") == 0);
    CHECK({f2}("$GPGGA,,x", 1, f, sizeof f) == 0);
    CHECK({f2}("$GPGGA,1", 5, f, sizeof f) == -1);
    CHECK({f2}("$GPGGA,123456789", 1, f, 4) == -1);
    '''
    t2 = ctask(f2, "Extract one comma-separated field", "s: sentence; idx: field number; out: buffer; cap: size", "int field length or -1",
               f"int {f2}(const char *s, int idx, char *out, size_t cap)", "Skip idx commas, copy up to ',' or '*', NUL-terminate; -1 if missing or too long.",
               "never write past cap", c2, k2, "stddef.h")
    f3 = rng.choice(["nmea_to_degrees", "ddmm_to_deg", "parse_coordinate"])
    c3 = sub('''
    #include <stdlib.h>

    /* $fn: convert an NMEA "(d)ddmm.mmmm" field plus hemisphere 'N'/'S'/'E'/'W' to signed decimal degrees. */
    double $fn(const char *field, char hemi)
    {
        double v = strtod(field, NULL);
        int deg = (int)(v / 100.0);
        double out = deg + (v - deg * 100.0) / 60.0;
        return (hemi == 'S' || hemi == 'W') ? -out : out;
    }
    ''', fn=f3)
    k3 = f'''
    CHECK(fabs({f3}("4807.038", 'N') - 48.1173) < 1e-4);
    CHECK(fabs({f3}("01131.000", 'W') + 11.516666) < 1e-4);
    '''
    t3 = ctask(f3, "Convert an NMEA ddmm.mmmm coordinate to decimal degrees", "field: text; hemi: 'N','S','E','W'", "double degrees (negative S/W)",
               f"double {f3}(const char *field, char hemi)", "degrees = int(v / 100); minutes = rest; result = deg + min / 60, negated for S or W.", "none", c3, k3, "stdlib.h")
    efn = rng.choice([f"parse_{stype.lower()}", f"{stype.lower()}_position", f"read_{stype.lower()}_fix", "nmea_parse_position"])
    code = sub('''
    #include <stddef.h>

    /* $e: parse latitude and longitude (decimal degrees) from a $$$sid sentence
       (latitude in field $la, its hemisphere in $lh, longitude in $lo, its hemisphere in $oh).
       Returns 0 on success, -1 on a bad checksum or missing field. */
    int $e(const char *sentence, double *lat, double *lon)
    {
        char f[16];
        char h[4];
        if (!$f1(sentence)) {
            return -1;
        }
        if ($f2(sentence, $la, f, sizeof f) <= 0 || $f2(sentence, $lh, h, sizeof h) != 1) {
            return -1;
        }
        *lat = $f3(f, h[0]);
        if ($f2(sentence, $lo, f, sizeof f) <= 0 || $f2(sentence, $oh, h, sizeof h) != 1) {
            return -1;
        }
        *lon = $f3(f, h[0]);
        return 0;
    }
    ''', e=efn, f1=f1, f2=f2, f3=f3, sid=talker + stype, la=lat_f, lh=lat_f + 1, lo=lat_f + 2, oh=lat_f + 3)
    lat = (lat_deg + lat_min / 60) * (-1 if ns == "S" else 1)
    lon = (lon_deg + lon_min / 60) * (-1 if ew == "W" else 1)
    empty = _nmea_body(r, talker + stype, ",N,01131.000,E")
    check = f'''
    double lat = 0, lon = 0;
    CHECK({efn}("{sent}", &lat, &lon) == 0);
    CHECK(fabs(lat - ({lat:.7f})) < 1e-5 && fabs(lon - ({lon:.7f})) < 1e-5);
    CHECK({efn}("{badsent}", &lat, &lon) == -1);
    CHECK({efn}("${empty}*{_nmea_ck(empty):02X}", &lat, &lon) == -1);
    '''
    fields = f"field {lat_f} latitude, {lat_f + 1} N/S, {lat_f + 2} longitude, {lat_f + 3} E/W"
    entry = ctask(efn, f"Entry: parse the position from a {stype} sentence", "sentence: NMEA text; lat, lon: outputs", "int 0 ok / -1 error",
                  f"int {efn}(const char *sentence, double *lat, double *lon)", f"-1 unless {f1}; {fields} (0 = sentence id) read with {f2}, converted by {f3}; -1 if a field is empty.",
                  "no malloc, stack buffers only", code, check, "stddef.h")
    ctx = rng.choice([f"a GPS module sends NMEA 0183 ${talker}{stype} sentences over UART", f"sentence is one NUL-terminated NMEA {stype} line from a GNSS receiver"])
    ctx += f"; in {stype} the latitude (ddmm.mmm) is field {lat_f} after the sentence id, followed by N/S, longitude (dddmm.mmm) and E/W"
    ret = "validates the checksum and writes latitude and longitude in signed decimal degrees, returning 0 on success and -1 otherwise"
    return cproblem(rng, "parsing", "gps", ctx, f"int {efn}(const char *sentence, double *lat, double *lon)", ret, resource(rng), [t1, t2, t3], entry, ["stdlib.h", "string.h"])


def gen_at(rng: random.Random):
    cmd = rng.choice([("+CSQ", "rssi", "dBm = -113 + 2 * rssi (rssi 0..31, 99 = unknown)"), ("+CBC", "battery", "millivolts from the third field")])
    f1 = rng.choice(["starts_with", "has_prefix", "match_prefix"])
    c1 = sub('''
    #include <string.h>

    /* $fn: 1 if NUL-terminated s begins with prefix, else 0. */
    int $fn(const char *s, const char *prefix)
    {
        return strncmp(s, prefix, strlen(prefix)) == 0;
    }
    ''', fn=f1)
    k1 = f'CHECK({f1}("+CSQ: 1,2", "+CSQ") == 1);\nCHECK({f1}("OK", "+CSQ") == 0);\nCHECK({f1}("", "") == 1);'
    t1 = ctask(f1, "Check the response prefix", "s: text; prefix: text", "int 1/0", f"int {f1}(const char *s, const char *prefix)", "Compare the first strlen(prefix) chars.", "none", c1, k1, "string.h")
    f2 = rng.choice(["parse_int_list", "split_ints", "read_int_fields"])
    c2 = sub('''
    #include <stdlib.h>

    /* $fn: parse up to max comma-separated integers starting at s (spaces allowed) into vals.
       Returns how many were parsed; stops at the first non-number. */
    int $fn(const char *s, int *vals, int max)
    {
        int n = 0;
        char *end;
        while (n < max) {
            long v = strtol(s, &end, 10);
            if (end == s) {
                break;
            }
            vals[n++] = (int)v;
            s = end;
            if (*s != ',') {
                break;
            }
            s++;
        }
        return n;
    }
    ''', fn=f2)
    k2 = f'int v[4];\nCHECK({f2}(" 23,99", v, 4) == 2 && v[0] == 23 && v[1] == 99);\nCHECK({f2}("x", v, 4) == 0);\nCHECK({f2}("1,2,3,4,5", v, 3) == 3 && v[2] == 3);\nCHECK({f2}("0,-5", v, 4) == 2 && v[1] == -5);'
    t2 = ctask(f2, "Parse the comma-separated integers of the response", "s: text after the colon; vals: output; max: capacity", "int count parsed",
               f"int {f2}(const char *s, int *vals, int max)", "strtol repeatedly, skipping commas.", "no malloc", c2, k2, "stdlib.h")
    if cmd[0] == "+CSQ":
        efn = rng.choice(["csq_to_dbm", "parse_csq", "signal_dbm"])
        code = f'/* {efn}: parse "+CSQ: <rssi>,<ber>" and store the signal in dBm. Returns 0, or -1 if the line is not a CSQ reply or rssi is unknown (99) / out of range. */\nint {efn}(const char *line, int *dbm)\n{{\n    int v[2];\n    if (!{f1}(line, "+CSQ:")) {{\n        return -1;\n    }}\n    if ({f2}(line + 5, v, 2) < 1 || v[0] < 0 || v[0] > 31) {{\n        return -1;\n    }}\n    *dbm = -113 + 2 * v[0];\n    return 0;\n}}'
        check = f'int d = 0;\nCHECK({efn}("+CSQ: 23,99", &d) == 0 && d == -67);\nCHECK({efn}("+CSQ: 0,0", &d) == 0 && d == -113);\nCHECK({efn}("+CSQ: 99,99", &d) == -1);\nCHECK({efn}("OK", &d) == -1);'
        sig = f"int {efn}(const char *line, int *dbm)"
        ret = "parses the reply to AT+CSQ and stores the RSSI in dBm (-113 + 2 * rssi), returning 0 on success and -1 for other lines or rssi 99"
        out = "int 0 / -1; *dbm"
        beh_at = f"-1 unless {f1}(line, \"+CSQ:\"); {f2} on line + 5 (after the 5-char prefix); rssi = first value, -1 unless 0 <= rssi <= 31 (99 = unknown); *dbm = -113 + 2 * rssi."
    else:
        efn = rng.choice(["cbc_millivolts", "parse_cbc", "battery_mv"])
        code = f'/* {efn}: parse "+CBC: <bcs>,<bcl>,<mV>" and store the battery voltage in mV. Returns 0, or -1 if malformed. */\nint {efn}(const char *line, int *mv)\n{{\n    int v[3];\n    if (!{f1}(line, "+CBC:")) {{\n        return -1;\n    }}\n    if ({f2}(line + 5, v, 3) != 3 || v[2] <= 0) {{\n        return -1;\n    }}\n    *mv = v[2];\n    return 0;\n}}'
        check = f'int mv = 0;\nCHECK({efn}("+CBC: 0,87,4012", &mv) == 0 && mv == 4012);\nCHECK({efn}("+CBC: 0,87", &mv) == -1);\nCHECK({efn}("ERROR", &mv) == -1);'
        sig = f"int {efn}(const char *line, int *mv)"
        ret = "parses the reply to AT+CBC (\"+CBC: <bcs>,<bcl>,<mV>\") and stores the battery voltage in millivolts (third field), returning 0 on success and -1 on a malformed line"
        out = "int 0 / -1; *mv"
        beh_at = f"-1 unless {f1}(line, \"+CBC:\"); {f2} on line + 5 (after the 5-char prefix) must give 3 values <bcs>,<bcl>,<mV>; *mv = third value, -1 if it is <= 0."
    entry = ctask(efn, "Entry: parse the modem response", "line: NUL-terminated response line; output pointer", out, sig,
                  beh_at, "no malloc", code, check, "none")
    modem = rng.choice(["SIM800", "SIM7600", "BG96", "cellular"])
    ctx = f"line is one response line read from a {modem} modem over UART"
    return cproblem(rng, "parsing", "modem", ctx, sig, ret, resource(rng), [t1, t2], entry, ["string.h", "stdlib.h"])


GENERATORS = [("c_crc_frame", gen_crc_frame, 110), ("c_slip", gen_slip, 40), ("c_cobs", gen_cobs, 50), ("c_nmea", gen_nmea, 70), ("c_at", gen_at, 50)]
