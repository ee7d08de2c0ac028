"""Builds .xls files byte by byte (an OLE compound file holding a BIFF8 Workbook stream), so that
the hostile corpus can hold exactly the damage it means: loops in the sector chains, declared sizes
far beyond the file, records FreeXL would trust."""
import struct

END, FREE, FATSECT = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD


def record(kind, data=b""):
    return struct.pack("<HH", kind, len(data)) + data


def bof(kind):
    """BOF of BIFF8: 0x0005 workbook globals, 0x0010 worksheet."""
    return record(0x0809, struct.pack("<HHHHII", 0x0600, kind, 0x0DBB, 0x07CC, 0, 0x0206))


def short_string(text):
    return struct.pack("<BB", len(text), 1) + text.encode("utf-16-le")


def sheet_stream(cells, dimension=None, extra=b""):
    """A worksheet substream: `cells` are (row, col, number, xf)."""
    rows = max([r for r, _, _, _ in cells] or [0]) + 1
    cols = max([c for _, c, _, _ in cells] or [0]) + 1
    first, last_row, first_col, last_col = dimension or (0, rows, 0, cols)
    body = bof(0x0010) + record(0x0200, struct.pack("<IIHHH", first, last_row, first_col, last_col, 0)) + extra
    for row, col, value, xf in cells:
        body += record(0x0203, struct.pack("<HHHd", row, col, xf, value))
    return body + record(0x000A)


def workbook_stream(sheets, globals_extra=b"", xfs=16, version=0x0600):
    """Globals (BOF, XFs, BOUNDSHEETs, `globals_extra`, EOF) followed by the sheets' substreams."""
    head = record(0x0809, struct.pack("<HHHHII", version, 0x0005, 0x0DBB, 0x07CC, 0, 0x0206))
    for index in range(xfs):
        fmt = 14 if index == 15 else 0
        head += record(0x00E0, struct.pack("<HHHHHHIIH", 0, fmt, 0, 0, 0, 0, 0, 0, 0))
    head += globals_extra
    bound_size = sum(4 + 6 + len(short_string(name)) for name, _ in sheets)
    offset = len(head) + bound_size + 4
    bounds = b""
    for name, body in sheets:
        bounds += record(0x0085, struct.pack("<IBB", offset, 0, 0) + short_string(name))
        offset += len(body)
    return head + bounds + record(0x000A) + b"".join(body for _, body in sheets)


def compound(streams, fat_patch=None, header_patch=None):
    """A version 3 compound file (512-byte sectors) holding `streams` ({name: bytes}, each padded to
    4096 bytes so that none lives in the mini stream): sector 0 is the FAT, 1 the directory, then
    the streams. `fat_patch` {index: value} and `header_patch` {offset: bytes} damage it on purpose."""
    sectors, fat, entries = [], [FATSECT, END], []
    next_sector = 2
    for name, data in streams.items():
        data = data + b"\0" * (max(4096, len(data)) - len(data))
        data += b"\0" * (-len(data) % 512)
        count = len(data) // 512
        entries.append((name, next_sector, len(data)))
        fat += [next_sector + i + 1 for i in range(count - 1)] + [END]
        sectors.append(data)
        next_sector += count
    for index, value in (fat_patch or {}).items():
        fat[index] = value
    fat += [FREE] * (128 - len(fat))
    assert len(fat) == 128, "one FAT sector only"

    def entry(name, kind, start, size, child=FREE):
        encoded = name.encode("utf-16-le") + b"\0\0"
        return (encoded + b"\0" * (64 - len(encoded)) + struct.pack("<HBB", len(encoded), kind, 1)
                + struct.pack("<III", FREE, FREE, child) + b"\0" * 16 + struct.pack("<I", 0) + b"\0" * 16
                + struct.pack("<III", start, size, 0))

    directory = entry("Root Entry", 5, END, 0, child=1)
    for name, start, size in entries:
        directory += entry(name, 2, start, size)
    directory += b"\0" * (512 - len(directory))
    header = (bytes([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) + b"\0" * 16
              + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + b"\0" * 6
              + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, END, 0, END, 0)
              + struct.pack("<I", 0) + struct.pack("<I", FREE) * 108)
    for offset, patch in (header_patch or {}).items():
        header = header[:offset] + patch + header[offset + len(patch):]
    return header + struct.pack("<128I", *fat) + directory + b"".join(sectors)
