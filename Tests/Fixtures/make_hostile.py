"""Build the hostile corpus: files a finance office may receive by e-mail or USB stick that must
fail cleanly. Usage: python3 Tests/Fixtures/make_hostile.py OUTDIR
Written at test time (the zip bombs are large to keep in the repository); the OLE files are
copies of committed fixtures.
"""
import os
import shutil
import sys
import zipfile
import zlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(HERE, "..", "XLSXTests", "Fixtures")

CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>')
ROOT_RELS = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" '
             'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')


def workbook(names):
    sheets = "".join(f'<sheet name="{n}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, n in enumerate(names))
    return ('<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            f'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>{sheets}</sheets></workbook>')


def workbook_rels(count):
    rels = "".join(f'<Relationship Id="rId{i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
                   f'Target="worksheets/sheet{i + 1}.xml"/>' for i in range(count))
    rels += ('<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
             'Target="sharedStrings.xml"/>')
    return f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}</Relationships>'


SST = '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>收入决算表</t></si></sst>'


def sheet(data, extra=""):
    return f'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">{extra}<sheetData>{data}</sheetData></worksheet>'


def package(path, sheets, names=None, sst=SST, rels=None):
    names = names or [f"Sheet{i + 1}" for i in range(len(sheets))]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", ROOT_RELS)
        archive.writestr("xl/workbook.xml", workbook(names))
        archive.writestr("xl/_rels/workbook.xml.rels", rels or workbook_rels(len(names)))
        archive.writestr("xl/sharedStrings.xml", sst)
        for i, content in enumerate(sheets):
            archive.writestr(f"xl/worksheets/sheet{i + 1}.xml", content)


def bomb(path, head, unit, total, part="xl/worksheets/sheet1.xml"):
    """A part (the first sheet unless said) that inflates to `total` bytes of `unit` repeated, compressed about 1000:1."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    chunk = unit * ((1 << 20) // len(unit))
    body = [compressor.compress(head.encode())]
    block = compressor.compress(chunk)
    body.append(block)
    repeated = compressor.flush(zlib.Z_FULL_FLUSH)
    body.append(repeated)
    size = len(head) + len(chunk)
    steady = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    while size < total:
        body.append(steady)
        size += len(chunk)
    body.append(compressor.flush())
    data = b"".join(body)
    package(path, [sheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>')])
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    write_raw(path, parts, data, size, part)


def write_raw(path, parts, deflated, size, bombed):
    """Writes the archive by hand, `bombed` as the raw deflated stream."""
    import struct
    entries = [(name, zlib.compress(content)[2:-4], len(content), zlib.crc32(content)) for name, content in parts.items()
               if name != bombed]
    entries.append((bombed, deflated, size, 0))
    with open(path, "wb") as out:
        central = b""
        for name, data, raw_size, crc in entries:
            offset = out.tell()
            encoded = name.encode()
            header = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0, crc, len(data), raw_size & 0xFFFFFFFF, len(encoded), 0)
            out.write(header + encoded + data)
            central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0, crc, len(data), raw_size & 0xFFFFFFFF,
                                   len(encoded), 0, 0, 0, 0, 0, offset) + encoded
        start = out.tell()
        out.write(central)
        out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(central), start, 0))


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    p = lambda name: os.path.join(out, name)
    head = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
    bomb(p("zip_bomb_blanks.xlsx"), head, b" ", 2 << 30)
    bomb(p("zip_bomb_elements.xlsx"), head, b"<row/>", 1 << 30)
    bomb(p("zip_bomb_cells.xlsx"), head + '<row r="1">', b"<c><v>1</v></c>", 1536 << 20)
    bomb(p("zip_bomb_rows_of_cells.xlsx"), head, b"<row>" + b"<c><v>1</v></c>" * 60 + b"</row>", 1536 << 20)
    bomb(p("zip_bomb_shared_strings.xlsx"), '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
         "<si><t>甲乙</t></si>".encode(), 1536 << 20, part="xl/sharedStrings.xml")
    laughs = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">' +
              "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10)) +
              ']><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&lol9;</t></si></sst>')
    package(p("billion_laughs.xlsx"), [sheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>')], sst=laughs)
    external = ('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>' +
                sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row>'))
    package(p("external_entity.xlsx"), [external])
    package(p("deep_nesting.xlsx"), [sheet("<x>" * 100000 + "</x>" * 100000)])
    package(p("huge_dimension.xlsx"), [sheet('<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>', '<dimension ref="A1:XFD1048576"/>')])
    package(p("shared_string_out_of_range.xlsx"), [sheet('<row r="1"><c r="A1" t="s"><v>999999</v></c></row>')])
    package(p("shared_string_negative.xlsx"), [sheet('<row r="1"><c r="A1" t="s"><v>-1</v></c></row>')])
    package(p("malformed_reference.xlsx"), [sheet('<row r="1"><c r="1A$" ><v>1</v></c></row>')])
    package(p("duplicate_sheet_names.xlsx"), [sheet(""), sheet("")], names=["收入", "收入"])
    package(p("missing_part.xlsx"), [], names=["收入"], rels=workbook_rels(1))
    whole = open(os.path.join(FIXTURES, "openpyxl_basic.xlsx"), "rb").read()
    open(p("truncated.xlsx"), "wb").write(whole[: len(whole) // 2])
    open(p("empty.xlsx"), "wb").close()
    with zipfile.ZipFile(p("renamed_docx.xlsx"), "w") as archive:
        archive.writestr("[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override '
                         'PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        archive.writestr("_rels/.rels", ROOT_RELS.replace("xl/workbook.xml", "word/document.xml"))
        archive.writestr("word/document.xml", "<w:document xmlns:w=\"urn:w\"/>")
    shutil.copy(os.path.join(FIXTURES, "encrypted.xlsx"), p("encrypted.xlsx"))
    legacy_xls(p)


def legacy_xls(p):
    """Damaged and hostile .xls files: broken containers, loops, sizes FreeXL would allocate, an
    encrypted workbook, an Excel 95 workbook."""
    from xls_craft import compound, record, sheet_stream, workbook_stream
    import struct
    whole = open(os.path.join(FIXTURES, "legacy.xls"), "rb").read()
    open(p("xls_truncated.xls"), "wb").write(whole[: len(whole) // 2])
    plain = workbook_stream([("表一", sheet_stream([(0, 0, 1376.7, 0)]))])
    open(p("xls_fat_loop.xls"), "wb").write(compound({"Workbook": plain}, fat_patch={3: 2}))
    open(p("xls_difat_loop.xls"), "wb").write(compound({"Workbook": plain}, header_patch={68: struct.pack("<II", 0, 0x7FFFFFFF)}))
    open(p("xls_bad_directory.xls"), "wb").write(compound({"Workbook": plain}, header_patch={48: struct.pack("<I", 0x7FFF)}))
    beyond = bytearray(compound({"Workbook": plain}))
    beyond[1024 + 128 + 120:1024 + 128 + 124] = struct.pack("<I", 0x7FFFFFF0)
    open(p("xls_stream_beyond_file.xls"), "wb").write(bytes(beyond))
    huge_sst = record(0x00FC, struct.pack("<II", 0x7FFFFFFF, 0x7FFFFFFF))
    open(p("xls_huge_sst.xls"), "wb").write(compound({"Workbook": workbook_stream([("表一", sheet_stream([(0, 0, 1, 0)]))], globals_extra=huge_sst)}))
    wide = [(f"表{i}", sheet_stream([(0, 0, 1, 0)], dimension=(0, 65536, 0, 256))) for i in range(8)]
    open(p("xls_huge_dimensions.xls"), "wb").write(compound({"Workbook": workbook_stream(wide)}))
    repeated = record(0x0200, struct.pack("<IIHHH", 0, 65536, 0, 256, 0)) * 8
    open(p("xls_repeated_dimensions.xls"), "wb").write(compound({"Workbook": workbook_stream([("表一", sheet_stream([(0, 0, 1, 0)], extra=repeated))])}))
    dates = [(row, 0, 2e9, 15) for row in range(2000)]
    open(p("xls_date_bomb.xls"), "wb").write(compound({"Workbook": workbook_stream([("表一", sheet_stream(dates))])}))
    filepass = record(0x002F, struct.pack("<HHH", 1, 1, 1) + b"\0" * 48)
    open(p("xls_encrypted.xls"), "wb").write(compound({"Workbook": workbook_stream([("表一", sheet_stream([(0, 0, 1, 0)]))], globals_extra=filepass)}))
    open(p("xls_excel95.xls"), "wb").write(compound({"Book": workbook_stream([("表一", sheet_stream([(0, 0, 1, 0)]))], version=0x0500)}))
    open(p("xls_no_sheets.xls"), "wb").write(compound({"Workbook": workbook_stream([])}))
    long_record = struct.pack("<HH", 0x00FC, 9000) + b"\0" * 9000
    open(p("xls_long_record.xls"), "wb").write(compound({"Workbook": workbook_stream([("表一", sheet_stream([(0, 0, 1, 0)]))], globals_extra=long_record)}))


if __name__ == "__main__":
    main()
