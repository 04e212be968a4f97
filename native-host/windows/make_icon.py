#!/usr/bin/env python3
"""Draws the icon of samenwerkingsmonitor.exe and writes it as a .ico file.

The picture: partners around a hub (Hof van Twente), linked to it and to
each other, white on the monitor's accent blue. Drawn with signed distances
at every size (no scaled-down bitmap), so 16 px stays crisp. Python's
standard library only; each size is stored as PNG, which Windows reads in
.ico files since Vista.

Usage: make_icon.py OUT.ico [PREVIEW.png]
"""
import math
import struct
import sys
import zlib

SIZES = (16, 24, 32, 48, 64, 256)
TOP = (0x0A, 0x6B, 0xB5)      # background gradient, around the UI's accent #005a9c
BOTTOM = (0x00, 0x4A, 0x80)
WHITE = (0xFF, 0xFF, 0xFF)
HUB = (0xF3, 0x9C, 0x12)      # the municipality in the middle
PARTNERS = 5


def rounded_box(x, y, half, radius):
    qx = abs(x - 0.5) - (half - radius)
    qy = abs(y - 0.5) - (half - radius)
    outside = math.hypot(max(qx, 0.0), max(qy, 0.0))
    return outside + min(max(qx, qy), 0.0) - radius


def circle(x, y, cx, cy, r):
    return math.hypot(x - cx, y - cy) - r


def segment(x, y, ax, ay, bx, by, width):
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(x - (ax + t * dx), y - (ay + t * dy)) - width / 2


def over(dst, color, alpha):
    """Paints `color` with coverage `alpha` over the straight-alpha pixel `dst`."""
    r, g, b, a = dst
    out_a = alpha + a * (1 - alpha)
    if out_a <= 0:
        return (0.0, 0.0, 0.0, 0.0)
    mix = lambda c, d: (c * alpha + d * a * (1 - alpha)) / out_a
    return (mix(color[0], r), mix(color[1], g), mix(color[2], b), out_a)


def draw(size):
    # Small icons get bigger dots and only the spokes, or they turn to mush.
    small = size <= 24
    line = 0.08 if small else 0.045
    node = 0.13 if small else 0.085
    hub = 0.17 if small else 0.12
    ring = 0.31
    partners = [(0.5 + ring * math.sin(2 * math.pi * k / PARTNERS), 0.52 - ring * math.cos(2 * math.pi * k / PARTNERS))
                for k in range(PARTNERS)]
    links = [(0.5, 0.52, px, py) for px, py in partners]
    if not small:
        links += [(*partners[k], *partners[(k + 1) % PARTNERS]) for k in range(PARTNERS)]
    cover = lambda d: max(0.0, min(1.0, 0.5 - d * size))
    rows = []
    for j in range(size):
        y = (j + 0.5) / size
        shade = [TOP[i] + (BOTTOM[i] - TOP[i]) * y for i in range(3)]
        row = bytearray()
        for i in range(size):
            x = (i + 0.5) / size
            px = over((0.0, 0.0, 0.0, 0.0), shade, cover(rounded_box(x, y, 0.47, 0.2)))
            d_link = min(segment(x, y, *l, line) for l in links)
            px = over(px, WHITE, 0.7 * cover(d_link) * px[3])
            d_node = min(circle(x, y, cx, cy, node) for cx, cy in partners)
            px = over(px, WHITE, cover(d_node))
            px = over(px, WHITE, cover(circle(x, y, 0.5, 0.52, hub)))
            px = over(px, HUB, cover(circle(x, y, 0.5, 0.52, hub * 0.6)))
            row += bytes(int(round(c)) for c in px[:3]) + bytes([int(round(px[3] * 255))])
        rows.append(bytes(row))
    return rows


def png(size, rows):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    raw = b"".join(b"\x00" + r for r in rows)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def ico(images):
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, data = b"", b""
    for size, image in images:
        # A width or height of 256 is written as 0.
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(image), offset + len(data))
        data += image
    return header + entries + data


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    images = [(s, png(s, draw(s))) for s in SIZES]
    with open(sys.argv[1], "wb") as f:
        f.write(ico(images))
    if len(sys.argv) == 3:
        with open(sys.argv[2], "wb") as f:
            f.write(images[-1][1])


if __name__ == "__main__":
    main()
