#!/usr/bin/env python3
"""Converts an X window dump (xwd -root, 24 or 32 bits a pixel, ZPixmap) to PNG.

scripts/screenshots uses it for the one picture no Qt code can take: the
exported workbook open in LibreOffice Calc on a virtual display.
Usage: xwd2png.py IN.xwd OUT.png
"""
import struct
import sys
import zlib


def main(source, target):
    data = open(source, "rb").read()
    header = struct.unpack(">25I", data[:100])
    header_size, _, pixmap_format, depth, width, height = header[:6]
    byte_order, bits_per_pixel, bytes_per_line = header[7], header[11], header[12]
    colormap_entries = header[19]
    if pixmap_format != 2 or bits_per_pixel not in (24, 32):
        sys.exit(f"{source}: only ZPixmap dumps of 24 or 32 bits a pixel are read (depth {depth})")
    start = header_size + 12 * colormap_entries
    step = bits_per_pixel // 8
    rows = []
    for y in range(height):
        line = data[start + y * bytes_per_line : start + y * bytes_per_line + width * step]
        out = bytearray(width * 3)
        for x in range(width):
            b, g, r = line[x * step], line[x * step + 1], line[x * step + 2]
            if byte_order == 1:  # MSB first: the pixel's bytes run the other way
                r, g, b = line[x * step + step - 3], line[x * step + step - 2], line[x * step + step - 1]
            out[x * 3 : x * 3 + 3] = bytes((r, g, b))
        rows.append(b"\x00" + bytes(out))

    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    png = b"\x89PNG\r\n\x1a\n"
    png += chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
    png += chunk(b"IDAT", zlib.compress(b"".join(rows), 9))
    png += chunk(b"IEND", b"")
    open(target, "wb").write(png)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
