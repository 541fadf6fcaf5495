#!/usr/bin/env python3
"""Render Downbeat's app icons (a pulse line on a round badge) with no imaging library.

Writes icons/{32x32,128x128,128x128@2x,icon}.png and icons/icon.ico (PNG-in-ICO).
Run from the repository root: python3 scripts/make_icons.py
"""
import math
import struct
import zlib
from pathlib import Path

BADGE = (29, 185, 84)      # green, the "up" colour
LINE = (255, 255, 255)
# The pulse: flat, a sharp beat down and up, flat again (x, y in 0..1).
PULSE = [(0.18, 0.52), (0.38, 0.52), (0.46, 0.30), (0.56, 0.74), (0.64, 0.52), (0.82, 0.52)]


def seg_dist(px, py, ax, ay, bx, by):
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))


def render(size):
    ss = 4  # supersampling per axis
    rows = []
    for y in range(size):
        row = bytearray([0])
        for x in range(size):
            acc = [0.0, 0.0, 0.0, 0.0]
            for sy in range(ss):
                for sx in range(ss):
                    u = (x + (sx + 0.5) / ss) / size
                    v = (y + (sy + 0.5) / ss) / size
                    if math.hypot(u - 0.5, v - 0.5) > 0.47:
                        continue
                    d = min(seg_dist(u, v, *PULSE[i], *PULSE[i + 1]) for i in range(len(PULSE) - 1))
                    colour = LINE if d < 0.045 else BADGE
                    acc[0] += colour[0]
                    acc[1] += colour[1]
                    acc[2] += colour[2]
                    acc[3] += 255
            n = ss * ss
            alpha = acc[3] / n
            if alpha == 0:
                row += bytes(4)
            else:
                cov = acc[3] / 255
                row += bytes([int(acc[0] / cov), int(acc[1] / cov), int(acc[2] / cov), int(alpha)])
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(tag, data):
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def main():
    out = Path("icons")
    out.mkdir(exist_ok=True)
    pngs = {}
    for name, size in [("32x32.png", 32), ("128x128.png", 128), ("128x128@2x.png", 256), ("icon.png", 512)]:
        pngs[size] = render(size)
        (out / name).write_bytes(pngs[size])
    # ICO with PNG-compressed entries (Vista and later read these), at the sizes Windows draws
    # (the notification area and small icons at 16 to 24, lists at 32 to 64, Explorer at 256).
    entries = [(s, pngs.get(s) or render(s)) for s in (16, 24, 32, 48, 64, 128, 256)]
    header = struct.pack("<HHH", 0, 1, len(entries))
    offset = 6 + 16 * len(entries)
    dirs, blobs = b"", b""
    for size, data in entries:
        dim = 0 if size >= 256 else size
        dirs += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset + len(blobs))
        blobs += data
    (out / "icon.ico").write_bytes(header + dirs + blobs)


if __name__ == "__main__":
    main()
