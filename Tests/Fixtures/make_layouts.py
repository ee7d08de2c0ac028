"""Make the layout fixtures of issue 10: each way departments lay out a submission that once made
Gongkai publish wrong figures, written by three producers (openpyxl, XlsxWriter, and LibreOffice
re-saving the openpyxl file), with what each must convert to.

Run from the repository root: python3 Tests/Fixtures/make_layouts.py
Needs openpyxl, xlsxwriter (pip) and LibreOffice (soffice); the 2025 Shanghai fixture also needs the
gongkai binary (GONGKAI_BIN or .build/debug/gongkai). Writes Tests/GongkaiTests/Layouts/: NAME.PRODUCER.xlsx,
NAME.expected.json (the canonical accounts) and layouts.json (what each must convert to). The outputs
are committed; CI does not run this script.
"""
import copy
import json
import os
import shutil
import subprocess
import sys
import tempfile

import openpyxl
import xlsxwriter

sys.path.insert(0, os.path.dirname(__file__))
import make_submissions as ms  # noqa: E402

OUT = os.path.join(ms.ROOT, "Tests", "GongkaiTests", "Layouts")
PRODUCERS = ("openpyxl", "xlsxwriter", "libreoffice")


class VirtualSheet:
    """The cells and merges of one sheet, written later by any producer (the calls openpyxl's sheet takes)."""

    def __init__(self, title):
        self.title, self.cells, self.merges, self.sheet_state = title, {}, [], "visible"

    def cell(self, row, column, value=None):
        self.cells[(row, column)] = value

    def merge_cells(self, start_row, start_column, end_row, end_column):
        self.merges.append((start_row, start_column, end_row, end_column))

    def find(self, text):
        return next(key for key, value in sorted(self.cells.items()) if value == text)


class VirtualWorkbook:
    def __init__(self):
        self.sheets = []

    def sheet(self, title):
        self.sheets.append(VirtualSheet(title))
        return self.sheets[-1]

    def write_openpyxl(self, path):
        wb = openpyxl.Workbook()
        wb.remove(wb.active)
        for vs in self.sheets:
            ws = wb.create_sheet(vs.title)
            for (row, column), value in vs.cells.items():
                ws.cell(row=row, column=column, value=value)
            for merge in vs.merges:
                ws.merge_cells(start_row=merge[0], start_column=merge[1], end_row=merge[2], end_column=merge[3])
            ws.sheet_state = vs.sheet_state
        wb.save(path)

    def write_xlsxwriter(self, path):
        wb = xlsxwriter.Workbook(path)
        for vs in self.sheets:
            ws = wb.add_worksheet(vs.title)
            merged = set()
            for r1, c1, r2, c2 in vs.merges:
                ws.merge_range(r1 - 1, c1 - 1, r2 - 1, c2 - 1, vs.cells.get((r1, c1)))
                merged |= {(r, c) for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)}
            for (row, column), value in vs.cells.items():
                if (row, column) not in merged:
                    ws.write(row - 1, column - 1, value)
            if vs.sheet_state == "hidden":
                ws.hide()
        wb.close()

    def write_libreoffice(self, path, work):
        source = os.path.join(work, "source.xlsx")
        self.write_openpyxl(source)
        resave(source, path, work)


def resave(source, path, work):
    converted = os.path.join(work, "converted")
    subprocess.run(["soffice", "--headless", "--calc", "--convert-to", "xlsx", "--outdir", converted, source],
                   check=True, capture_output=True, timeout=300)
    shutil.copy(os.path.join(converted, os.path.basename(source)), path)


def base_tables():
    """The seed's tables with 10.00 万元 of opening and closing 财政拨款 balance, so that the 04 sub-lines that
    repeat the 本年收入 labels carry figures of their own."""
    tables = copy.deepcopy(ms.SEED["tables"])
    s, f = tables["income_expenditure_summary"]["lines"], tables["fiscal_summary"]["lines"]
    s["29"], s["30"], s["59"], s["60"] = {"amount": "10.00"}, {"amount": "1386.70"}, {"amount": "10.00"}, {"amount": "1386.70"}
    f["28"], f["29"], f["32"] = {"amount": "10.00"}, {"amount": "10.00"}, {"amount": "1386.70"}
    f["60"] = dict(f["60"], total="10.00", general_budget="10.00")
    f["64"] = dict(f["64"], total="1386.70", general_budget="1386.70")
    return tables


def build(tables, layout, omit=(), heading=None, cover=None):
    """Lays the tables out one sheet per pair of tables; returns the virtual workbook."""
    vwb = VirtualWorkbook()
    if cover:
        sheet = vwb.sheet("封面")
        for row, text in enumerate(cover, start=3):
            sheet.cell(row=row, column=2, value=text)
    sheets = {}
    places = {"01": "总表", "02": "收支", "03": "收支", "04": "财政拨款", "05": "财政拨款", "06": "基本支出", "07": "基金",
              "08": "基金", "09": "三公"}
    cursors = {}
    for number, name in places.items():
        if name not in sheets:
            sheets[name] = vwb.sheet(name)
            cursors[name] = ms.Sheet(sheets[name], row=3 if heading and not cursors else 1, col=1)
    if heading:
        sheets["总表"].cell(row=1, column=1, value=heading)
    original = dict(ms.T)
    ms.T.clear()
    ms.T.update(tables)
    try:
        ms.standard_tables(lambda n: None if n in omit else cursors[places[n]], layout)
    finally:
        ms.T.clear()
        ms.T.update(original)
    return vwb


def set_amount(vwb, sheet_name, label, value, offset=1):
    """Sets the amount to the right of the cell holding `label` (the first such cell)."""
    sheet = next(s for s in vwb.sheets if s.title == sheet_name)
    row, column = sheet.find(label)
    column += offset
    while not isinstance(sheet.cells.get((row, column)), (int, float)) and column < 30:
        column += 1
    sheet.cells[(row, column)] = value


def cases():
    """(name, workbook, expectations) for each class of layout."""
    base = base_tables()
    dept = ms.DEPT
    clean = {"department": dept, "year": 2023, "errors": [], "clean": True}
    yield "total_merged_across_code_and_name", build(base, ms.Layout(total_style="merged")), dict(clean, expected="万元")
    yield "total_in_code_column_first", build(base, ms.Layout(total_style="code", merged=False)), dict(clean, expected="万元")
    yield "total_in_code_column_last", build(base, ms.Layout(total_style="code", total_last=True)), dict(clean, expected="万元")
    yield "repeated_04_labels_with_line_numbers", build(base, ms.Layout(repeat_opening_labels=True)), dict(clean, expected="万元")
    yield ("repeated_04_labels_without_line_numbers",
           build(base, ms.Layout(repeat_opening_labels=True, line_numbers=False, column_numbers=False)), dict(clean, expected="万元"))
    yield "code_and_name_in_one_cell_beside_empty_code_column", build(base, ms.Layout(code_in_name=True)), dict(clean, expected="万元")
    yield ("department_only_in_a_heading",
           build(base, ms.Layout(unit_label=None, year_title=False), heading=f"{dept}2023年度部门决算表"), dict(clean, expected="万元"))
    yield ("department_only_on_a_cover_sheet",
           build(base, ms.Layout(unit_label=None, year_title=False), cover=["2023年度部门决算", f"单位名称：{dept}", "2024年8月"]),
           dict(clean, expected="万元"))
    yield ("one_table_in_yuan", build(base, ms.Layout(table_factors={"06": 10000})),
           {"department": dept, "year": 2023, "errors": ["import.unit-mismatch"], "clean": False,
            "messages": ["公开06表疑似以元填报"], "figures": {"general_budget_basic|30101|amount": "273300.00"}})
    yield ("whole_file_in_yuan_in_a_wan_template", build(base, ms.Layout(factor=10000)),
           {"department": dept, "year": 2023, "errors": ["import.unit-mismatch"], "clean": False, "messages": ["整个报送疑似以元填报"]})
    yield ("missing_table", build(base, ms.Layout(), omit=("05",)),
           {"department": dept, "year": 2023, "errors": ["missing-table"], "clean": False, "expected": "万元",
            "missing": ["general_budget_expenditure"], "messages": ["一般公共预算财政拨款支出决算表"]})
    huge = build(base, ms.Layout(unit="元", factor=10000))
    set_amount(huge, "总表", "五、事业收入", 20_000_000_000, offset=2)
    set_amount(huge, "总表", "八、其他收入", 1000 / 3, offset=2)
    set_amount(huge, "基本支出", "30201", 1000 / 3, offset=2)
    yield ("line_of_200_yi_and_a_long_fraction_in_yuan", huge,
           {"department": dept, "year": 2023, "errors": ["01-1"], "clean": False, "notices": ["import.amount-rounded"],
            "figures": {"income_expenditure_summary|5|amount": "2000000.00", "income_expenditure_summary|8|amount": "0.033333",
                        "general_budget_basic|30201|amount": "0.033333"}})


def shanghai_2025(work, binary):
    """Shanghai's published 2025 layout: our 2025-shanghai output of the base accounts without its stamp and
    without the department line, blanks for zero, the department in a heading above the first table."""
    source = os.path.join(work, "accounts.json")
    document = copy.deepcopy(ms.SEED)
    document["tables"] = base_tables()
    with open(source, "w", encoding="utf-8") as out:
        json.dump(document, out, ensure_ascii=False)
    written = os.path.join(work, "sh2025.xlsx")
    subprocess.run([binary, "convert", source, "-o", written, "--profile", "2025-shanghai"], check=False, capture_output=True)
    wb = openpyxl.load_workbook(written)
    wb.properties.keywords = None
    wb.properties.title = None
    for ws in wb.worksheets:
        ws.protection.sheet = False
        ws["A3"] = None
        last = ws.max_column
        ws.cell(row=2, column=last).value = None
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, (int, float)) and cell.value == 0:
                    cell.value = None
    first = wb.worksheets[0]
    first.insert_rows(1, 2)
    first["A1"] = f"{ms.DEPT}2023年度部门决算表"
    plain = os.path.join(work, "plain.xlsx")
    wb.save(plain)
    shutil.copy(plain, os.path.join(OUT, "shanghai_2025_published.openpyxl.xlsx"))
    resave(plain, os.path.join(OUT, "shanghai_2025_published.libreoffice.xlsx"), work)


def main():
    os.makedirs(OUT, exist_ok=True)
    manifest = {}
    with tempfile.TemporaryDirectory() as work:
        for name, vwb, expect in cases():
            for producer in PRODUCERS:
                path = os.path.join(OUT, f"{name}.{producer}.xlsx")
                if producer == "libreoffice":
                    vwb.write_libreoffice(path, work)
                else:
                    getattr(vwb, "write_" + producer)(path)
            if expect.get("expected"):
                tables = base_tables()
                for key in expect.get("missing", []):
                    tables.pop(key, None)
                ms.save_expected(name, tables, expect["expected"], expect.get("missing", ()), folder=OUT)
            manifest[name] = dict(expect, profile="2023-national", producers=list(PRODUCERS))
        binary = os.environ.get("GONGKAI_BIN", os.path.join(ms.ROOT, ".build", "debug", "gongkai"))
        shanghai_2025(work, binary)
        ms.save_expected("shanghai_2025_published", base_tables(), "万元", folder=OUT)
        manifest["shanghai_2025_published"] = {"department": ms.DEPT, "year": 2023, "errors": [], "clean": True, "expected": "万元",
                                               "profile": "2025-shanghai", "producers": ["openpyxl", "libreoffice"]}
    with open(os.path.join(OUT, "layouts.json"), "w", encoding="utf-8") as out:
        json.dump(manifest, out, ensure_ascii=False, indent=2, sort_keys=True)
        out.write("\n")


if __name__ == "__main__":
    main()
