#!/usr/bin/env python3
"""Makes the legacy .xls fixtures of issue 13 into Tests/GongkaiTests/XLS, from two producers:

- LibreOffice (`soffice --convert-to xls`): the example submission, every layout class of
  Tests/GongkaiTests/Layouts (the openpyxl file of each), and the 元 submission;
- xlwt (from PyPI): the example submission's cells written afresh (numbers, Chinese text as
  shared strings, merged ranges) with a hidden sheet of stray figures, and a sheet of every
  kind of value (integers, decimals, dates, date-times, booleans, an error, a long text).

Each converted file keeps its source's name with .xls; xlwt files end in .xlwt.xls.
Needs soffice and `pip install xlwt openpyxl`.
"""
import datetime
import glob
import os
import shutil
import subprocess
import sys
import tempfile

import openpyxl
import xlwt

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "Tests", "GongkaiTests", "XLS")
EXAMPLE = os.path.join(ROOT, "examples", "部门决算报送-2023.xlsx")


def libreoffice(sources, names):
    with tempfile.TemporaryDirectory() as work:
        for source, name in zip(sources, names):
            staged = os.path.join(work, name + ".xlsx")
            shutil.copy(source, staged)
            subprocess.run(["soffice", "--headless", "--calc", "--convert-to", "xls", "--outdir", work, staged],
                           check=True, capture_output=True, timeout=300)
            shutil.copy(os.path.join(work, name + ".xls"), os.path.join(OUT, name + ".libreoffice.xls"))


def xlwt_copy(source, target):
    """The cells and merged ranges of `source`, written by xlwt, and a hidden sheet of stray figures."""
    workbook = openpyxl.load_workbook(source)
    book = xlwt.Workbook(encoding="utf-8")
    for sheet in workbook:
        out = book.add_sheet(sheet.title)
        out.visibility = {"visible": 0, "hidden": 1, "veryHidden": 2}[sheet.sheet_state]
        merged = {(r.min_row, r.min_col): r for r in sheet.merged_cells.ranges}
        inside = {(row, col) for r in sheet.merged_cells.ranges for row in range(r.min_row, r.max_row + 1)
                  for col in range(r.min_col, r.max_col + 1)} - set(merged)
        for row in sheet.iter_rows():
            for cell in row:
                if cell.value is None or (cell.row, cell.column) in inside:
                    continue
                if (cell.row, cell.column) in merged:
                    r = merged[(cell.row, cell.column)]
                    out.write_merge(r.min_row - 1, r.max_row - 1, r.min_col - 1, r.max_col - 1, cell.value)
                else:
                    out.write(cell.row - 1, cell.column - 1, cell.value)
    hidden = book.add_sheet("草稿")
    hidden.write(0, 0, "不公开的草稿")
    hidden.write(1, 0, 99999.99)
    hidden.visibility = 1
    book.save(target)


def every_kind_of_value(target):
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("各种值")
    date = xlwt.easyxf(num_format_str="yyyy-mm-dd")
    stamp = xlwt.easyxf(num_format_str="yyyy-mm-dd hh:mm:ss")
    rows = [
        ("整数", 42), ("负数", -1376), ("小数", 1376.7), ("很小", 0.000001), ("大数", 20000000000.5),
        ("文字", "一般公共服务支出"), ("长文字", "其他政府办公厅（室）及相关机构事务支出" * 20), ("空文字", ""),
        ("逻辑真", True), ("逻辑假", False),
    ]
    for index, (label, value) in enumerate(rows):
        sheet.write(index, 0, label)
        sheet.write(index, 1, value)
    sheet.write(len(rows), 0, "日期")
    sheet.write(len(rows), 1, datetime.date(2023, 12, 31), date)
    sheet.write(len(rows) + 1, 0, "日期时间")
    sheet.write(len(rows) + 1, 1, datetime.datetime(2024, 1, 2, 8, 30, 15), stamp)
    sheet.write(len(rows) + 2, 0, "错误值")
    sheet.write(len(rows) + 2, 1, xlwt.Formula("1/0"))
    sheet.write(300, 12, "远处的单元格")
    other = book.add_sheet("第二张")
    other.write(0, 0, 3.14159)
    book.save(target)


def main():
    os.makedirs(OUT, exist_ok=True)
    layouts = sorted(glob.glob(os.path.join(ROOT, "Tests", "GongkaiTests", "Layouts", "*.openpyxl.xlsx")))
    sources = [EXAMPLE, os.path.join(ROOT, "Tests", "GongkaiTests", "Submissions", "yuan_stacked.xlsx")] + layouts
    names = ["example", "yuan_stacked"] + [os.path.basename(p)[: -len(".openpyxl.xlsx")] for p in layouts]
    libreoffice(sources, names)
    xlwt_copy(EXAMPLE, os.path.join(OUT, "example.xlwt.xls"))
    xlwt_copy(os.path.join(ROOT, "Tests", "GongkaiTests", "Submissions", "yuan_stacked.xlsx"), os.path.join(OUT, "yuan_stacked.xlwt.xls"))
    every_kind_of_value(os.path.join(OUT, "values.xlwt.xls"))
    print(f"wrote {len(os.listdir(OUT))} files to {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
