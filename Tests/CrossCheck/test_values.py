"""Odd values and names in submissions written by openpyxl or edited by hand: read exactly or refused
with a finding quoting the cell, and every output still opens in openpyxl."""
import json
import os
import shutil
import zipfile

import openpyxl

from conftest import ROOT

EXAMPLE = os.path.join(ROOT, "examples", "部门决算报送-2023.xlsx")


def find(workbook, text):
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.value == text or (text.isdigit() and cell.value == int(text)):
                    return sheet, cell
    raise AssertionError(text)


def amount_right_of(sheet, cell):
    column = cell.column + 1
    while not isinstance(sheet.cell(row=cell.row, column=column).value, (int, float)):
        column += 1
    return sheet.cell(row=cell.row, column=column)


def convert(gongkai, path, tmp_path):
    output, report = tmp_path / "out.xlsx", tmp_path / "report.json"
    result = gongkai("convert", str(path), "-o", str(output), "--report", str(report), check=False)
    findings = json.load(open(report, encoding="utf-8"))["findings"] if report.exists() else []
    if output.exists():
        openpyxl.load_workbook(output)
    return result, findings


def test_grouping_that_is_not_in_threes_is_refused_quoting_the_text(tmp_path, gongkai):
    workbook = openpyxl.load_workbook(EXAMPLE)
    sheet, label = find(workbook, "30201")
    amount_right_of(sheet, label).value = "1 234,56"
    sheet, label = find(workbook, "30205")
    amount_right_of(sheet, label).value = "12,34"
    sheet, label = find(workbook, "30206")
    amount_right_of(sheet, label).value = "1,234.50"
    path = tmp_path / "grouping.xlsx"
    workbook.save(path)
    result, findings = convert(gongkai, path, tmp_path)
    assert result.returncode == 1
    unreadable = [f["message"] for f in findings if f["rule"] == "import.unreadable-amount"]
    assert len(unreadable) == 2 and any("1 234,56" in m for m in unreadable) and any("12,34" in m for m in unreadable)


def test_formulas_without_results_are_computed_or_reported(tmp_path, gongkai):
    workbook = openpyxl.load_workbook(EXAMPLE)
    sheet, label = find(workbook, "301")
    total = amount_right_of(sheet, label)
    items = [amount_right_of(sheet, find(workbook, code)[1]) for code in ("30101", "30102")]
    saved = total.value
    total.value = f"=SUM({items[0].coordinate}:{items[0].coordinate})+{items[1].coordinate}"
    sheet, label = find(workbook, "30299")
    amount_right_of(sheet, label).value = "=VLOOKUP(1,A1:B2,2)"
    path = tmp_path / "formulas.xlsx"
    workbook.save(path)
    result, findings = convert(gongkai, path, tmp_path)
    rules = {f["rule"] for f in findings}
    assert "import.formula-computed" in rules and "import.formula-without-result" in rules
    assert result.returncode == 1
    computed = next(f for f in findings if f["rule"] == "import.formula-computed")
    assert computed["cells"][0]["cell"] == total.coordinate
    assert abs(float(computed["message"].rsplit(" ", 1)[1]) - (items[0].value + items[1].value)) < 1e-9
    assert saved is not None


def test_a_control_character_in_the_department_name_still_makes_valid_workbooks(tmp_path, gongkai):
    workbook = openpyxl.load_workbook(EXAMPLE)
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value.startswith("编制单位："):
                    cell.value = "编制单位：某CTRL单位"
    plain = tmp_path / "plain.xlsx"
    workbook.save(plain)
    edited = tmp_path / "control.xlsx"
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(edited, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename.endswith(".xml"):
                data = data.replace("CTRL".encode(), b"_x0001_")
            target.writestr(item, data)
    out = tmp_path / "out"
    out.mkdir()
    result = gongkai("convert", str(edited), "-o", str(out / "std.xlsx"), "--json", str(out / "std.json"), check=False)
    assert result.returncode == 0, result.stderr.decode()
    standard = openpyxl.load_workbook(out / "std.xlsx")
    assert "某" in standard["公开01表"]["A3"].value
    batch = tmp_path / "batch"
    batch.mkdir()
    shutil.copy(edited, batch / "control.xlsx")
    gongkai("convert", str(batch), "-o", str(tmp_path / "batch-out"), "--quiet", check=False)
    for name in os.listdir(tmp_path / "batch-out"):
        if name.endswith(".xlsx"):
            openpyxl.load_workbook(tmp_path / "batch-out" / name)
    assert all("\x01" not in name for name in os.listdir(tmp_path / "batch-out"))


REGRESSIONS = os.path.join(ROOT, "Tests", "XLSXTests", "Fixtures", "regressions")


def test_hand_edited_values_are_refused_naming_the_cell(tmp_path, gongkai):
    for name, words in [("value_with_decimal_comma.xlsx", "应为数字"), ("value_in_hexadecimal.xlsx", "应为数字"),
                        ("two_values_in_one_cell.xlsx", "两个值")]:
        result = gongkai("convert", os.path.join(REGRESSIONS, name), "-o", str(tmp_path / "out.xlsx"), check=False)
        message = result.stderr.decode()
        assert result.returncode == 2 and words in message and "单元格" in message, message
        assert not (tmp_path / "out.xlsx").exists()


def test_formulas_saved_without_results_are_computed(tmp_path, gongkai):
    report = tmp_path / "report.json"
    result = gongkai("convert", os.path.join(REGRESSIONS, "formulas_without_results.xlsx"), "-o", str(tmp_path / "out.xlsx"),
                     "--report", str(report), check=False)
    assert result.returncode in (0, 1)
    rules = {f["rule"] for f in json.load(open(report, encoding="utf-8"))["findings"]}
    assert "import.formula-computed" in rules or "import.formula-without-result" in rules
