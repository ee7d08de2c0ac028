"""Generate N realistic submissions for the batch benchmark, written by XlsxWriter.

Usage: python3 Benchmarks/generate_batch.py OUTDIR [N]
Each file holds the nine tables of examples/seed-2023.json, one per sheet in the standard layout,
for a department of its own, with every amount scaled by the department's factor.
"""
import json
import os
import random
import sys
from decimal import Decimal

import xlsxwriter

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
SEED = json.load(open(os.path.join(ROOT, "examples", "seed-2023.json"), encoding="utf-8"))
TEMPLATES = os.path.join(ROOT, "templates", "2023-national")


def scaled(text, factor):
    return float((Decimal(text) * factor).quantize(Decimal("0.01")))


def write(path, department, factor):
    workbook = xlsxwriter.Workbook(path)
    bold = workbook.add_format({"bold": True, "align": "center"})
    amount = workbook.add_format({"num_format": "#,##0.00"})
    tables = SEED["tables"]
    for number in range(1, 10):
        template = json.load(open(os.path.join(TEMPLATES, f"{number:02d}.json"), encoding="utf-8"))
        sheet = workbook.add_worksheet(f"公开{number:02d}表")
        width = len(template["columnWidths"])
        sheet.merge_range(0, 0, 0, width - 1, "2023年度" + template["title"], bold)
        sheet.write(1, width - 1, f"公开{number:02d}表")
        sheet.write(2, 0, "单位：" + department)
        sheet.write(2, width - 1, "单位：万元")
        for r, row in enumerate(template["header"]):
            for c, text in enumerate(row):
                if text:
                    sheet.write(3 + r, c, text)
        row = 3 + len(template["header"])
        layout = template["layout"]
        kind = template["kind"]
        if layout == "lines":
            data = tables[kind]["lines"]
            for side in template["lines"]["sides"]:
                for i, entry in enumerate(side["lines"]):
                    sheet.write(row + i, side["labelColumn"], entry["label"])
                    sheet.write(row + i, side["lineColumn"], entry["line"])
                    for value in side["valueColumns"]:
                        figure = data.get(str(entry["line"]), {}).get(value["key"])
                        if figure is not None:
                            sheet.write_number(row + i, value["column"], scaled(figure, factor), amount)
        elif layout == "coded":
            data = tables.get(kind, {"total": {}, "rows": []})
            columns = template["coded"]["valueColumns"]
            entries = [("", "合计", data["total"])] + [(r["code"], r["name"], r["values"]) for r in data["rows"]]
            for i, (code, name, values) in enumerate(entries):
                sheet.write_string(row + i, 0, code)
                sheet.write(row + i, 1, name)
                for value in columns:
                    if value["key"] in values:
                        sheet.write_number(row + i, value["column"], scaled(values[value["key"]], factor), amount)
        elif layout == "economic":
            data = {r["code"]: r for r in tables[kind]["rows"]}
            groups = template["economic"]["groups"]
            for group in groups:
                for i, code in enumerate(group["codes"]):
                    sheet.write_string(row + i, group["codeColumn"], code["code"])
                    sheet.write(row + i, group["nameColumn"], data.get(code["code"], code)["name"])
                    sheet.write_number(row + i, group["valueColumn"], scaled(data.get(code["code"], {"amount": "0"})["amount"], factor), amount)
            last = row + max(len(g["codes"]) for g in groups)
            sheet.write(last, 1, "人员经费合计")
            sheet.write_number(last, 2, scaled(tables[kind]["personnel_total"], factor), amount)
            sheet.write(last, width - 2, "公用经费合计")
            sheet.write_number(last, width - 1, scaled(tables[kind]["public_total"], factor), amount)
        else:
            for value in template["singleRow"]["valueColumns"]:
                sheet.write_number(row, value["column"], scaled(tables[kind]["values"][value["key"]], factor), amount)
    workbook.close()


def main():
    out = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    os.makedirs(out, exist_ok=True)
    rng = random.Random(6)
    for index in range(count):
        write(os.path.join(out, f"{index:04d}.xlsx"), f"测试区第{index + 1}单位", Decimal(rng.randint(50, 400)) / 100)


if __name__ == "__main__":
    main()
