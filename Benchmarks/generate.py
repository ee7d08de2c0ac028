"""Generate the benchmark inputs: one 200,000 x 10 sheet and 1,000 small nine-sheet submissions,
and the same 1,000 saved as legacy .xls by LibreOffice (small-xls/).

Usage: python3 Benchmarks/generate.py OUTDIR
Written with XlsxWriter, so the files come from another producer than Gongkai.
"""
import glob
import os
import subprocess
import random
import sys

import xlsxwriter

CHARS = "一般公共服务支出政府办公厅室及相关机构事务事业运行社会保障和就业行政单位养老卫生健康住房改革公积金提租补贴教育科学技术文化旅游体育传媒节能环保城乡社区农林水交通运输"


def names(rng, count=500):
    seen = set()
    while len(seen) < count:
        seen.add("".join(rng.choice(CHARS) for _ in range(rng.randint(4, 14))))
    return sorted(seen)


def large(path, rows=200_000):
    rng = random.Random(2023)
    pool = names(rng)
    workbook = xlsxwriter.Workbook(path)
    sheet = workbook.add_worksheet("数据")
    sheet.write_row(0, 0, ["科目代码", "科目名称"] + [f"金额{i}" for i in range(1, 9)])
    for row in range(1, rows + 1):
        sheet.write_string(row, 0, str(rng.randint(1000000, 9999999)))
        sheet.write_string(row, 1, rng.choice(pool))
        for column in range(2, 10):
            sheet.write_number(row, column, rng.randint(0, 99_999_999) / 100)
    workbook.close()


def small(path, rng, pool):
    workbook = xlsxwriter.Workbook(path)
    for table in range(1, 10):
        sheet = workbook.add_worksheet(f"公开{table:02d}表")
        sheet.write(0, 0, f"表{table}")
        sheet.write(2, 0, "单位：某某单位")
        sheet.write_row(3, 0, ["科目代码", "科目名称", "合计", "基本支出", "项目支出"])
        for row in range(4, 4 + rng.randint(10, 30)):
            sheet.write_string(row, 0, str(rng.randint(201, 299)) + "%02d" % rng.randint(1, 99))
            sheet.write_string(row, 1, rng.choice(pool))
            for column in range(2, 5):
                sheet.write_number(row, column, rng.randint(0, 9_999_999) / 100)
    workbook.close()


def small_xls(out):
    """The small submissions saved as .xls by LibreOffice, in one soffice run."""
    target = os.path.join(out, "small-xls")
    os.makedirs(target, exist_ok=True)
    sources = sorted(glob.glob(os.path.join(out, "small", "*.xlsx")))
    for start in range(0, len(sources), 100):  # soffice drops files from very long argument lists
        missing = [s for s in sources[start:start + 100]
                   if not os.path.exists(os.path.join(target, os.path.basename(s)[:-5] + ".xls"))]
        if missing:
            subprocess.run(["soffice", "--headless", "--calc", "--convert-to", "xls", "--outdir", target, *missing],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=1800)
    converted = glob.glob(os.path.join(target, "*.xls"))
    if len(converted) != len(sources):
        raise SystemExit(f"LibreOffice saved {len(converted)} of {len(sources)} files as .xls")


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "Benchmarks/data"
    if "--xls-only" in sys.argv[2:]:
        small_xls(out)
        return
    os.makedirs(os.path.join(out, "small"), exist_ok=True)
    large(os.path.join(out, "large.xlsx"))
    rng = random.Random(7)
    pool = names(rng)
    for index in range(1000):
        small(os.path.join(out, "small", f"{index:04d}.xlsx"), rng, pool)
    small_xls(out)


if __name__ == "__main__":
    main()
