"""Make the committed reader fixtures with producers other than Gongkai.

Run from the repository root:  python3 Tests/Fixtures/make_fixtures.py
Needs: openpyxl, XlsxWriter, msoffcrypto-tool (pip) and LibreOffice (soffice).
The outputs are committed; CI does not run this script.
"""
import datetime
import io
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

import openpyxl
import xlsxwriter
from openpyxl.styles import Font

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "XLSXTests", "Fixtures")


def path(name):
    return os.path.join(OUT, name)


def openpyxl_fixture():
    """Typical submission made by openpyxl: codes as text and numbers, merged title, hidden parts."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "收入决算表"
    ws["A1"] = "收入决算表"
    ws.merge_cells("A1:D1")
    ws["A1"].font = Font(bold=True)
    ws["D2"] = "公开02表"
    ws["A3"] = "单位：哈尔滨市平房区智慧城市发展中心"
    ws["D3"] = "单位：万元"
    ws.append(["科目代码", "科目名称", "本年收入合计", "财政拨款收入"])
    ws.append([None, "合计", 1376.7, 1376.7])
    ws.append(["201", "一般公共服务支出", 1254.29, 1254.29])
    ws.append([2010350, "事业运行", 55.19, 55.19])
    ws.append(["2010399", "其他政府办公厅（室）及相关机构事务支出", 1199.1, 1199.1])
    ws["E9"] = datetime.date(2023, 12, 31)
    ws["E9"].number_format = "yyyy-mm-dd"
    ws["F9"] = 0.125
    ws["F9"].number_format = "0.00%"
    ws["G9"] = True
    ws["H9"] = "含 <特殊> & \"引号\", 逗号"
    ws["I9"] = -0.01
    ws["J9"] = 1e-7
    ws["K9"] = 123456789012.5
    ws.row_dimensions[8].hidden = True
    ws.column_dimensions["C"].hidden = True
    hidden = wb.create_sheet("辅助")
    hidden["A1"] = "隐藏的辅助表"
    hidden["B2"] = 42
    hidden.sheet_state = "hidden"
    very = wb.create_sheet("参数")
    very["A1"] = "veryHidden"
    very.sheet_state = "veryHidden"
    wb.save(path("openpyxl_basic.xlsx"))


def xlsxwriter_fixture():
    """Rich text, formulas with cached values, booleans, errors, dates, 1904 epoch in a second file."""
    wb = xlsxwriter.Workbook(path("xlsxwriter_rich.xlsx"))
    ws = wb.add_worksheet("支出决算表")
    bold = wb.add_format({"bold": True})
    date = wb.add_format({"num_format": "yyyy\"年\"m\"月\"d\"日\""})
    text = wb.add_format({"num_format": "@"})
    ws.merge_range("A1:F1", "支出决算表", bold)
    ws.write_rich_string("A2", "单位：", bold, "某某单位", "（本级）")
    ws.write_row("A4", ["科目代码", "科目名称", "本年支出合计", "基本支出", "项目支出"])
    ws.write_string("A5", "2080502", text)
    ws.write("B5", "事业单位离退休")
    ws.write_number("C5", 2.16)
    ws.write_number("D5", 2.16)
    ws.write_number("E5", 0)
    ws.write_formula("C6", "=C5*2", None, 4.32)
    ws.write_formula("B6", '="合"&"计"', None, "合计")
    ws.write_boolean("F5", False)
    ws.write_formula("F6", "=1/0", None, "#DIV/0!")
    ws.write_datetime("A8", datetime.datetime(2024, 3, 1, 8, 30), date)
    ws.write_number("B8", 1234567.891)
    ws.set_row(9, None, None, {"hidden": True})
    ws.write("A10", "hidden row")
    wb.close()

    wb = xlsxwriter.Workbook(path("xlsxwriter_far_cell.xlsx"))
    ws = wb.add_worksheet()
    ws.write("A1", "near")
    ws.write("XFD1048576", "far corner")
    wb.close()

    wb = xlsxwriter.Workbook(path("xlsxwriter_1904.xlsx"), {"date_1904": True})
    ws = wb.add_worksheet()
    ws.write_datetime("A1", datetime.date(2023, 12, 31), wb.add_format({"num_format": "yyyy-mm-dd"}))
    ws.write_number("A2", 45291)
    wb.close()


def libreoffice_fixtures():
    """Re-save through LibreOffice: its own XML, shared strings and cached formula values; also a legacy .xls."""
    with tempfile.TemporaryDirectory() as work:
        source = os.path.join(work, "source.xlsx")
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "公开05表"
        ws.append(["科目代码", "科目名称", "小计", "基本支出", "项目支出"])
        ws.append(["210", "卫生健康支出", 87.58, 3.23, 84.36])
        ws.append(["21011", "行政事业单位医疗", 3.23, 3.23, 0])
        ws.append(["2101102", "事业单位医疗", "=D3", 3.23, 0])
        ws.append([None, "合　计", "=SUM(C2:C2)", "1,376.70", "(1.00)"])
        ws.merge_cells("A6:B6")
        ws["A6"] = "注：本表反映单位本年度一般公共预算财政拨款支出情况。"
        second = wb.create_sheet("第二张")
        second["B2"] = 3.14159
        wb.save(source)
        converted = os.path.join(work, "converted")
        for target in ("xlsx", "xls"):
            subprocess.run(
                ["soffice", "--headless", "--calc", "--convert-to", target, "--outdir", converted, source],
                check=True, capture_output=True)
        shutil.copy(os.path.join(converted, "source.xlsx"), path("libreoffice_basic.xlsx"))
        shutil.copy(os.path.join(converted, "source.xls"), path("legacy.xls"))


def encrypted_fixture():
    import msoffcrypto.format.ooxml  # noqa: F401
    from msoffcrypto.format.ooxml import OOXMLFile

    with open(path("openpyxl_basic.xlsx"), "rb") as plain, open(path("encrypted.xlsx"), "wb") as out:
        OOXMLFile(plain).encrypt("gongkai", out)


def handmade_fixture():
    """Edge cases no library writes by default: x: prefixes, no r attributes, inline strings,
    entities and character references, CDATA, phonetic runs, absolute targets, odd part names."""
    content_types = """<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/book.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/data/first.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/data/second.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/strings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
</Types>"""
    root_rels = """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/xl/book.xml"/>
</Relationships>"""
    workbook = """<?xml version="1.0" encoding="UTF-8"?>
<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<x:sheets>
<x:sheet name="第二" sheetId="2" r:id="rIdB"/>
<x:sheet name="A&amp;B" sheetId="1" r:id="rIdA"/>
</x:sheets>
</x:workbook>"""
    workbook_rels = """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rIdA" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="data/first.xml"/>
<Relationship Id="rIdB" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/data/second.xml"/>
<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="strings.xml"/>
</Relationships>"""
    strings = """<?xml version="1.0" encoding="UTF-8"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3" uniqueCount="3">
<si><t>科目&#x4EE3;码</t></si>
<si><r><rPr><b/></rPr><t>合</t></r><r><t xml:space="preserve">　计 </t></r><rPh sb="0" eb="1"><t>ゴウケイ</t></rPh></si>
<si><t><![CDATA[a<b>&c]]></t></si>
</sst>"""
    first = """<?xml version="1.0" encoding="UTF-8"?>
<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<x:dimension ref="A1:C3"/>
<x:sheetData>
<x:row><x:c t="s"><x:v>0</x:v></x:c><x:c t="inlineStr"><x:is><x:t>内联&lt;文本&gt;</x:t></x:is></x:c><x:c><x:v>1.5</x:v></x:c></x:row>
<x:row><x:c t="s"><x:v>1</x:v></x:c><x:c t="str"><x:f>A1&amp;"x"</x:f><x:v>科目代码x</x:v></x:c><x:c t="b"><x:v>1</x:v></x:c></x:row>
<x:row r="5"><x:c r="B5" t="s"><x:v>2</x:v></x:c><x:c t="e"><x:v>#N/A</x:v></x:c><x:c t="d"><x:v>2023-12-31T12:00:00</x:v></x:c></x:row>
</x:sheetData>
</x:worksheet>"""
    second = """<?xml version="1.0" encoding="UTF-8"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<sheetData><row r="2"><c r="C2"><v>-1.25E-3</v></c><c r="D2" t="inlineStr"><is><r><t>富</t></r><r><t>文本</t></r></is></c></row></sheetData>
</worksheet>"""
    with zipfile.ZipFile(path("handmade_edge.xlsx"), "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", content_types)
        archive.writestr("_rels/.rels", root_rels)
        archive.writestr("xl/book.xml", workbook)
        archive.writestr("xl/_rels/book.xml.rels", workbook_rels)
        archive.writestr("xl/strings.xml", strings)
        archive.writestr("xl/data/first.xml", first)
        archive.writestr("xl/data/second.xml", second)


def main():
    os.makedirs(OUT, exist_ok=True)
    openpyxl_fixture()
    xlsxwriter_fixture()
    libreoffice_fixtures()
    encrypted_fixture()
    handmade_fixture()
    print("fixtures written to", os.path.normpath(OUT), file=sys.stderr)


if __name__ == "__main__":
    main()
