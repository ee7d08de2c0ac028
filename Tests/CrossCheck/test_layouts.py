"""The layouts of issue 10 through the command line: exit codes that tell the truth, never a signal,
and the standard workbook as openpyxl reads it (missing tables marked, 合计 rows filled)."""
import json
import os
import shutil

import openpyxl
import pytest

from conftest import ROOT

LAYOUTS = os.path.join(ROOT, "Tests", "GongkaiTests", "Layouts")
MANIFEST = json.load(open(os.path.join(LAYOUTS, "layouts.json"), encoding="utf-8"))
FIXTURES = [(name, producer) for name, entry in sorted(MANIFEST.items()) for producer in entry["producers"]]


@pytest.mark.parametrize("name,producer", FIXTURES)
def test_convert_exit_code_tells_the_truth(tmp_path, gongkai, name, producer):
    entry = MANIFEST[name]
    output = tmp_path / "out.xlsx"
    result = gongkai("convert", os.path.join(LAYOUTS, f"{name}.{producer}.xlsx"), "-o", str(output),
                     "--profile", entry["profile"], check=False)
    assert result.returncode == (0 if entry["clean"] else 1), result.stderr.decode()
    assert output.exists()
    stderr = result.stderr.decode()
    assert ("不得直接公开" in stderr) == (not entry["clean"])
    workbook = openpyxl.load_workbook(output)
    notes = [c.value for ws in workbook.worksheets for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    assert any(n.startswith("本表未报送") for n in notes) == ("missing" in entry)


def test_total_rows_are_filled_whatever_column_says_total(tmp_path, gongkai):
    for name in ("total_merged_across_code_and_name", "total_in_code_column_first", "total_in_code_column_last"):
        output = tmp_path / f"{name}.xlsx"
        gongkai("convert", os.path.join(LAYOUTS, f"{name}.xlsxwriter.xlsx"), "-o", str(output))
        sheet = openpyxl.load_workbook(output)["公开02表"]
        total = next(row for row in sheet.iter_rows(values_only=True) if "合计" in row)
        assert total[2] == 1376.7, name


def test_a_batch_of_every_layout_finishes_and_says_which_did_not_pass(tmp_path, gongkai):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, producer in FIXTURES:
        if MANIFEST[name]["profile"] == "2023-national":
            shutil.copy(os.path.join(LAYOUTS, f"{name}.{producer}.xlsx"), folder / f"{name}.{producer}.xlsx")
    result = gongkai("convert", str(folder), "-o", str(tmp_path / "out"), "--quiet", check=False)
    assert result.returncode == 1
    summary = json.load(open(tmp_path / "out" / "汇总.json", encoding="utf-8"))
    assert summary["summary"]["failed"] == 0
    failing = {e["file"].split(".")[0] for e in summary["files"] if e["errors"] > 0}
    assert failing == {name for name, entry in MANIFEST.items() if not entry["clean"]}
    status = [row[4] for row in openpyxl.load_workbook(tmp_path / "out" / "汇总.xlsx")["汇总"].iter_rows(min_row=3, values_only=True)]
    assert status.count("未通过") == sum(1 for name, _ in FIXTURES if not MANIFEST[name]["clean"])
