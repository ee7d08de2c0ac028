"""The standard workbook gongkai writes, read by openpyxl and LibreOffice, shows the seed exactly."""
import csv
import glob
import io
import os
import shutil
import subprocess

import openpyxl
import pytest

from conftest import ROOT
from seedtext import sheet_rows, tables

SEED_JSON = os.path.join(ROOT, "examples", "seed-2023.json")
# The standard tables print the official name of each code (templates/codes); the seed prints 30217
# as 公务招待费 and 30399 with a trailing 支出.
OFFICIAL_NAMES = {"公务招待费": "公务接待费", "其他对个人和家庭的补助支出": "其他对个人和家庭的补助"}


def official(rows):
    """The seed's rows as Gongkai prints them: official code names, and the two ends of the unit
    line told apart (编制单位 for the department, 金额单位 for the amounts)."""
    def worded(cell):
        if cell == "单位：万元":
            return "金额单位：万元"
        return "编制" + cell if cell.startswith("单位：") else OFFICIAL_NAMES.get(cell, cell)
    return [[worded(cell) for cell in row] for row in rows]


@pytest.fixture(scope="module")
def seed_workbook(tmp_path_factory, gongkai):
    path = tmp_path_factory.mktemp("out") / "seed.xlsx"
    gongkai("convert", SEED_JSON, "-o", str(path))
    return path


def test_every_table_reproduces_the_seed(seed_workbook):
    expected = {name: official(rows) for name, rows in tables().items()}
    workbook = openpyxl.load_workbook(seed_workbook)
    assert workbook.sheetnames == [f"公开{n:02d}表" for n in range(1, 10)]
    for name, rows in expected.items():
        actual = sheet_rows(workbook[name])
        assert actual == rows, f"{name}: first difference at row {next(i for i, (a, b) in enumerate(zip(actual + [None] * 99, rows + [None] * 99)) if a != b)}"


def test_frame_layout_and_print_setup(seed_workbook):
    workbook = openpyxl.load_workbook(seed_workbook)
    sheet = workbook["公开05表"]
    assert sheet["A1"].value == "一般公共预算财政拨款支出决算表" and sheet["A1"].font.b
    assert "A1:E1" in {str(r) for r in sheet.merged_cells.ranges}
    assert "C4:E4" in {str(r) for r in sheet.merged_cells.ranges}
    assert sheet["E2"].value == "公开05表" and sheet["E2"].alignment.horizontal == "right"
    assert sheet["A3"].value == "编制单位：哈尔滨市平房区智慧城市发展中心"
    assert sheet["E3"].value == "金额单位：万元"
    assert sheet["C7"].value == 1376.7 and sheet["C7"].number_format == "#,##0.00"
    assert sheet["A8"].value == "201" and sheet["A8"].data_type == "s"
    assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.paperSize in (9, "9")
    assert sheet.sheet_properties.pageSetUpPr.fitToPage and sheet.page_setup.fitToWidth in (1, None)
    assert sheet.print_title_rows == "$1:$6"
    assert sheet.freeze_panes == "A7"


def test_output_is_reproducible(tmp_path, gongkai):
    first, second = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    gongkai("convert", SEED_JSON, "-o", str(first))
    gongkai("convert", SEED_JSON, "-o", str(second))
    assert first.read_bytes() == second.read_bytes()


@pytest.mark.parametrize("profile", ["2023-national", "2024-shanghai", "2025-shanghai"])
def test_fill_in_template_is_protected_with_unlocked_inputs(tmp_path, gongkai, profile):
    path = tmp_path / "template.xlsx"
    gongkai("template", "--profile", profile, "-o", str(path))
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames[:2] == ["封面", "填报说明"]
    for name in [n for n in workbook.sheetnames if n.startswith("公开")]:
        sheet = workbook[name]
        assert sheet.protection.sheet, name
        assert not sheet.protection.password, name
        assert sheet["A1"].protection.locked, name
        unlocked = [c for row in sheet.iter_rows() for c in row if not c.protection.locked]
        assert unlocked, f"{name} has no input cells"
        assert all(c.fill.fgColor.rgb.endswith("FFF2CC") for c in unlocked), f"{name}: input cells are shaded"
        assert not sheet.protection.insertRows, f"{name}: rows may be inserted"
        assert any(v.type == "decimal" for v in sheet.data_validations.dataValidation), name


def test_libreoffice_sees_the_seed_figures(seed_workbook, tmp_path):
    soffice = shutil.which("soffice")
    if soffice is None:
        if os.environ.get("CI"):
            pytest.fail("LibreOffice (soffice) must be installed in CI")
        pytest.skip("LibreOffice not installed")
    subprocess.run([soffice, "--headless", "--convert-to",
                    "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1",
                    "--outdir", str(tmp_path), str(seed_workbook)], check=True, capture_output=True, timeout=180)
    expected = {name: official(rows) for name, rows in tables().items()}
    exported = sorted(glob.glob(str(tmp_path / "seed-*.csv")))
    assert len(exported) == 9, exported
    for path in exported:
        name = path.rsplit("-", 1)[1][:-4]
        rows = [[c for c in (cell.strip().replace(",", "") for cell in row) if c]
                for row in csv.reader(io.open(path, encoding="utf-8"))]
        figures = [c for row in rows for c in row if c.replace(".", "", 1).replace("-", "", 1).isdigit() and "." in c]
        seed_figures = [c for row in expected[name] for c in row if c.replace(".", "", 1).replace("-", "", 1).isdigit() and "." in c]
        assert figures == seed_figures, name
