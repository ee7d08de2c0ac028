"""The Python peer of `gongkai convert DIR`: the same reading and writing done with
python-calamine and XlsxWriter, for the batch benchmark.

Usage: python3 Benchmarks/batch_peer.py INDIR OUTDIR [--jobs N]
With --jobs N the files are shared among N worker processes (multiprocessing), as gongkai shares them
among its threads; without it, one process.
For each submission: read every sheet with python-calamine, find each table's title row
and its figures, add up each row as a check, and write a nine-sheet workbook with merged
titles, bordered headers and #,##0.00 amounts with XlsxWriter.
"""
import glob
import os
import sys

import python_calamine
import xlsxwriter


def convert(path, out):
    workbook = python_calamine.CalamineWorkbook.from_path(path)
    tables = []
    for name in workbook.sheet_names:
        rows = workbook.get_sheet_by_name(name).to_python(skip_empty_area=False)
        title = next((str(c) for row in rows[:3] for c in row if isinstance(c, str) and c.endswith("表")), name)
        figures = [[c for c in row if isinstance(c, float)] for row in rows]
        checks = sum(1 for row in figures if len(row) > 2 and abs(row[0] - sum(row[1:])) > 0.005)
        tables.append((name, title, rows, checks))
    book = xlsxwriter.Workbook(out)
    title_format = book.add_format({"bold": True, "align": "center", "font_size": 16})
    header = book.add_format({"bold": True, "align": "center", "border": 1, "text_wrap": True})
    label = book.add_format({"border": 1})
    amount = book.add_format({"border": 1, "num_format": "#,##0.00"})
    for name, title, rows, _ in tables:
        sheet = book.add_worksheet(name)
        width = max((len(r) for r in rows), default=1)
        sheet.merge_range(0, 0, 0, max(width - 1, 1), title, title_format)
        for r, row in enumerate(rows[1:], start=1):
            for c, value in enumerate(row):
                if isinstance(value, float):
                    sheet.write_number(r, c, value, amount)
                elif value != "":
                    sheet.write_string(r, c, str(value), header if r < 6 else label)
        sheet.set_landscape()
        sheet.set_paper(9)
        sheet.fit_to_pages(1, 0)
        sheet.repeat_rows(0, 5)
    book.close()


def convert_into(job):
    path, target = job
    convert(path, os.path.join(target, os.path.basename(path)))


def main():
    source, target = sys.argv[1], sys.argv[2]
    jobs = int(sys.argv[sys.argv.index("--jobs") + 1]) if "--jobs" in sys.argv else 1
    os.makedirs(target, exist_ok=True)
    work = [(path, target) for path in sorted(glob.glob(os.path.join(source, "*.xlsx")))]
    if jobs == 1:
        for job in work:
            convert_into(job)
    else:
        import multiprocessing
        with multiprocessing.Pool(jobs) as pool:
            pool.map(convert_into, work, chunksize=8)


if __name__ == "__main__":
    main()
