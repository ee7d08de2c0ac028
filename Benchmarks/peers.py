"""Peer readers for the benchmark: read every cell of the given files, print nothing.

Usage: python3 Benchmarks/peers.py calamine|fastexcel|openpyxl FILE...
"""
import sys


def calamine(paths):
    import python_calamine
    for path in paths:
        workbook = python_calamine.CalamineWorkbook.from_path(path)
        for name in workbook.sheet_names:
            workbook.get_sheet_by_name(name).to_python(skip_empty_area=False)


def fastexcel(paths):
    import fastexcel
    for path in paths:
        reader = fastexcel.read_excel(path)
        for name in reader.sheet_names:
            reader.load_sheet(name, header_row=None)


def openpyxl(paths):
    import openpyxl
    for path in paths:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
        for sheet in workbook.worksheets:
            for _ in sheet.iter_rows(values_only=True):
                pass
        workbook.close()


if __name__ == "__main__":
    {"calamine": calamine, "fastexcel": fastexcel, "openpyxl": openpyxl}[sys.argv[1]](sys.argv[2:])
