"""gongkai check, convert and diff as a finance office runs them, with exit codes that tell the truth."""
import json
import os

import openpyxl
import pytest

from conftest import ROOT

SUBMISSIONS = os.path.join(ROOT, "Tests", "GongkaiTests", "Submissions")
EXAMPLE = os.path.join(ROOT, "examples", "部门决算报送-2023.xlsx")
YUAN = os.path.join(SUBMISSIONS, "yuan_stacked.xlsx")


def test_text_json_and_xlsx_reports_agree(tmp_path, gongkai):
    text = gongkai("check", YUAN, check=False)
    assert text.returncode == 1
    report = tmp_path / "report.json"
    assert gongkai("check", YUAN, "--format", "json", "-o", str(report), check=False).returncode == 1
    document = json.load(open(report, encoding="utf-8"))
    findings = document["findings"]
    assert document["summary"]["errors"] == sum(f["severity"] == "error" for f in findings) > 0
    assert all({"rule", "severity", "message", "cells"} <= set(f) for f in findings)
    rendered = text.stdout.decode()
    assert rendered.count("[错误]") == document["summary"]["errors"]
    assert all(f["rule"] in rendered for f in findings)
    workbook_path = tmp_path / "report.xlsx"
    assert gongkai("check", YUAN, "--format", "xlsx", "-o", str(workbook_path), check=False).returncode == 1
    workbook = openpyxl.load_workbook(workbook_path)
    assert workbook.sheetnames[:2] == ["封面", "审核结果"]
    cover = {row[0]: row[1] for row in workbook["封面"].iter_rows(min_row=3, values_only=True) if row[0]}
    assert cover["结论"].startswith("未通过") and cover["错误"] == f"{document['summary']['errors']} 条"
    listing = workbook["审核结果"]
    rows = [r for r in listing.iter_rows(min_row=3, values_only=True) if r[0] is not None]
    assert len(rows) == len(findings)
    assert all(not any(ch.isascii() and ch.isalpha() for ch in r[2]) for r in rows), "problems are named in words"
    linked = [c for c in listing["G"][2:] if c.hyperlink is not None]
    assert linked and all(c.hyperlink.location or c.hyperlink.target for c in linked)
    first = next(f for f in findings if f["severity"] == "error" and any(c["place"] == "standard" for c in f["cells"]))
    standard = [c for c in first["cells"] if c["place"] == "standard"]
    highlighted = workbook[standard[0]["sheet"]][standard[0]["cell"]]
    assert highlighted.fill.fgColor.rgb.endswith("FFC7CE")
    assert highlighted.comment is not None and "错误" in highlighted.comment.text
    compared = workbook[standard[1]["sheet"]][standard[1]["cell"]]
    assert compared.fill.fgColor.rgb in (None, "00000000") or not compared.fill.fgColor.rgb.endswith("FFC7CE") or compared.border.left.style == "medium"


def test_seed_example_checks_clean(gongkai):
    result = gongkai("check", EXAMPLE, "--format", "json")
    document = json.loads(result.stdout)
    assert document["summary"]["errors"] == 0
    rules = sorted(f["rule"] for f in document["findings"] if f["rule"][0].isdigit() or f["rule"].startswith("X"))
    assert rules == ["02-tree", "02-tree", "03-row", "03-tree", "03-tree", "05-row", "05-tree", "05-tree", "06-1", "X10", "X11"]


def test_convert_exits_1_on_errors_but_writes(tmp_path, gongkai):
    output, report = tmp_path / "out.xlsx", tmp_path / "report.json"
    result = gongkai("convert", YUAN, "-o", str(output), "--report", str(report), check=False)
    assert result.returncode == 1
    assert output.exists()
    assert "不得直接公开" in result.stderr.decode()
    assert any(f["severity"] == "error" for f in json.load(open(report, encoding="utf-8"))["findings"])
    assert gongkai("convert", EXAMPLE, "-o", str(output), check=False).returncode == 0


def test_diff_of_a_workbook_against_its_own_standard_output_is_empty(tmp_path, gongkai):
    output = tmp_path / "out.xlsx"
    gongkai("convert", EXAMPLE, "-o", str(output))
    same = gongkai("diff", EXAMPLE, str(output), check=False)
    assert same.returncode == 0, same.stdout.decode()
    changed = tmp_path / "changed.xlsx"
    workbook = openpyxl.load_workbook(output)
    workbook["公开05表"]["C8"] = 1255.29
    workbook.save(changed)
    different = gongkai("diff", str(output), str(changed), "--profile", "2023-national", check=False)
    assert different.returncode == 1
    text = different.stdout.decode()
    assert "公开05表" in text and "1254.29" in text and "1255.29" in text


def test_diff_names_rows_columns_and_cells_in_every_format(tmp_path, gongkai):
    output = tmp_path / "out.xlsx"
    gongkai("convert", EXAMPLE, "-o", str(output))
    changed = tmp_path / "changed.xlsx"
    workbook = openpyxl.load_workbook(output)
    workbook["公开05表"]["C8"] = 1255.29
    workbook["公开01表"]["A3"] = "单位：另一个单位"
    workbook.save(changed)
    text = gongkai("diff", EXAMPLE, str(changed), check=False)
    assert text.returncode == 1
    rendered = text.stdout.decode()
    assert "201 一般公共服务支出" in rendered and "本年支出·小计" in rendered and "差 +1.00" in rendered
    assert "单位不同" in rendered and "fiscal" not in rendered and "删除" not in rendered
    assert "财政拨款!" in rendered and "公开05表!C8" in rendered
    document = json.loads(gongkai("diff", EXAMPLE, str(changed), "--format", "json", check=False).stdout)
    assert document["changes"][0]["difference"] == "1.00" and document["warnings"]
    sheet = tmp_path / "diff.xlsx"
    assert gongkai("diff", EXAMPLE, str(changed), "--format", "xlsx", "-o", str(sheet), check=False).returncode == 1
    rows = list(openpyxl.load_workbook(sheet)["版本比对"].iter_rows(min_row=3, values_only=True))
    assert rows[0][1].startswith("公开05表") and rows[0][6] == 1.0


def test_a_mistyped_figure_is_pointed_out_with_its_true_value(tmp_path, gongkai):
    """Swapped digits (55.19 typed as 55.91) in 公开05表, saved by openpyxl: the hint names that
    cell and the value every identity asks for; a second typo makes the hint disappear."""
    workbook = openpyxl.load_workbook(EXAMPLE)
    sheet = workbook["财政拨款"]
    assert sheet["C52"].value == "事业运行" and sheet["E52"].value == 55.19
    sheet["E52"] = 55.91
    typo = tmp_path / "typo.xlsx"
    workbook.save(typo)
    result = gongkai("check", str(typo), "--format", "json", check=False)
    assert result.returncode == 1
    hints = [f for f in json.loads(result.stdout)["findings"] if f["rule"] == "repair-hint"]
    assert len(hints) == 1
    assert "财政拨款!E52" in hints[0]["message"] and "填 55.91 万元，应为 55.19 万元" in hints[0]["message"]
    assert {"sheet": "财政拨款", "cell": "E52", "place": "submission"} in hints[0]["cells"]
    sheet["D67"] = 60.4
    workbook.save(typo)
    result = gongkai("check", str(typo), "--format", "json", check=False)
    assert not [f for f in json.loads(result.stdout)["findings"] if f["rule"] == "repair-hint"]


@pytest.mark.parametrize("profile", ["2024-shanghai", "2025-shanghai"])
def test_a_national_submission_converts_into_another_profile_by_meaning(tmp_path, gongkai, profile):
    """The 行次 printed in a national submission count in the national numbering: converting it to a
    Shanghai layout places every figure by its label, exactly as converting the seed's canonical JSON."""
    from figures import figures
    submission, canonical = tmp_path / "a.json", tmp_path / "b.json"
    result = gongkai("convert", EXAMPLE, "--profile", profile, "-o", str(tmp_path / "a.xlsx"), "--json", str(submission), check=False)
    assert result.returncode == 0, result.stderr.decode()
    gongkai("convert", os.path.join(ROOT, "examples", "seed-2023.json"), "--profile", profile, "-o", str(tmp_path / "b.xlsx"),
            "--json", str(canonical), check=False)
    assert figures(json.load(open(submission, encoding="utf-8"))) == figures(json.load(open(canonical, encoding="utf-8")))


def test_findings_come_in_the_same_order_on_every_run(tmp_path, gongkai):
    """A code stated on two rows gives one finding per value column. Swift seeds its hashing anew in
    every process, so findings gathered by walking a dictionary came in a different order from run to
    run; they must come left to right, the same every time."""
    workbook = openpyxl.load_workbook(EXAMPLE)
    sheet = workbook["收支"]
    assert sheet["B54"].value == 2080502 and sheet["B55"].value == 2080505
    sheet["B55"] = 2080502
    duplicated = tmp_path / "duplicated.xlsx"
    workbook.save(duplicated)
    outputs = {gongkai("check", str(duplicated), "--format", "json", check=False).stdout for _ in range(6)}
    assert len(outputs) == 1
    duplicates = [f for f in json.loads(outputs.pop())["findings"] if "都对应“科目 2080502 的数字”" in f["message"]]
    columns = [f["cells"][0]["cell"].rstrip("0123456789") for f in duplicates]
    assert len(columns) >= 4 and columns == sorted(columns, key=lambda c: (len(c), c))
