"""gongkai consolidate: units made by different producers (openpyxl, LibreOffice .xlsx and .xls) and in
different units (万元, 元) added up; every figure compared with sums computed here in Python from each
unit converted alone; the consolidated accounts break no rule the units keep; the 明细 adds up."""
import csv
import json
import os
import shutil
import subprocess
import sys
from decimal import ROUND_HALF_UP, Decimal

import openpyxl
import pytest

from conftest import ROOT, soffice
from figures import figures

sys.path.insert(0, os.path.join(ROOT, "Tests", "Fixtures"))
import make_submissions  # noqa: E402

SEED_NAME = "哈尔滨市平房区智慧城市发展中心"



def renamed(source, target, name):
    workbook = openpyxl.load_workbook(source)
    for sheet in workbook:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and SEED_NAME in cell.value:
                    cell.value = cell.value.replace(SEED_NAME, name)
    workbook.save(target)


def submission(path, unit, factor):
    """The seed's figures times `factor`, laid out by make_submissions.py (openpyxl) in `unit`, every
    table present. Scaling keeps every identity but multiplies the seed's 0.01 rounding differences,
    which become errors of that unit: the consolidation may show only errors its units show."""
    layout = make_submissions.Layout(unit=unit, factor=factor, code_as_number=True)
    workbook = openpyxl.Workbook()
    sheet = make_submissions.Sheet(workbook.active, row=3, col=2)
    make_submissions.standard_tables(lambda number: sheet, layout)
    workbook.save(path)


def libreoffice(source, folder, kind):
    subprocess.run([soffice(), "--headless", "--calc", "--convert-to", kind, "--outdir", str(folder), str(source)],
                   check=True, capture_output=True, timeout=180)
    return folder / (source.stem + "." + kind)


@pytest.fixture(scope="module")
def units(tmp_path_factory):
    folder = tmp_path_factory.mktemp("units")
    work = tmp_path_factory.mktemp("work")
    renamed(os.path.join(ROOT, "examples", "部门决算报送-2023.xlsx"), folder / "甲中心.xlsx", "甲中心")
    submission(work / "yuan.xlsx", "元", 20000)
    renamed(work / "yuan.xlsx", work / "乙中心.xlsx", "乙中心")
    libreoffice(work / "乙中心.xlsx", folder, "xlsx")
    submission(work / "three.xlsx", "万元", 3)
    renamed(work / "three.xlsx", work / "丙中心.xlsx", "丙中心")
    libreoffice(work / "丙中心.xlsx", folder, "xls")
    return [folder / "甲中心.xlsx", folder / "乙中心.xlsx", folder / "丙中心.xls"]


def alone(path, folder, gongkai):
    """A unit converted on its own: its canonical figures and its error instances."""
    accounts, report = folder / f"{path.stem}.json", folder / f"{path.stem}-report.json"
    gongkai("convert", str(path), "-o", str(folder / f"{path.stem}.xlsx"), "--json", str(accounts), "--report", str(report), check=False)
    return figures(json.load(open(accounts, encoding="utf-8"))), errors(json.load(open(report, encoding="utf-8"))["findings"])


def errors(findings):
    """Each error as its rule and the standard cell it blames."""
    return {(f["rule"], next((c["cell"] for c in f["cells"] if c["place"] == "standard"), "")) for f in findings if f["severity"] == "error"}


def published(value):
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def test_every_figure_is_the_sum_of_the_units(units, tmp_path, gongkai):
    parts = [alone(path, tmp_path, gongkai) for path in units]
    output, detail, report, accounts = tmp_path / "某区.xlsx", tmp_path / "明细.xlsx", tmp_path / "r.json", tmp_path / "某区.json"
    result = gongkai("consolidate", *map(str, units), "-o", str(output), "--department", "某区", "--detail", str(detail),
                     "--report", str(report), "--json", str(accounts), check=False)
    assert result.returncode in (0, 1), result.stderr.decode()
    document = json.load(open(accounts, encoding="utf-8"))
    assert document["department"] == "某区" and document["year"] == 2023
    expected = {}
    for unit_figures, _ in parts:
        for key, value in unit_figures.items():
            expected[key] = expected.get(key, Decimal(0)) + value
    assert figures(document) == {k: v for k, v in expected.items() if v != 0}
    # the standard workbook read back shows each sum rounded once
    gongkai("convert", str(output), "-o", str(tmp_path / "again.xlsx"), "--json", str(tmp_path / "again.json"), check=False)
    shown = figures(json.load(open(tmp_path / "again.json", encoding="utf-8")))
    assert shown == {k: published(v) for k, v in expected.items() if published(v) != 0}
    # no rule the units keep is broken by their sum
    own = set().union(*(e for _, e in parts))
    consolidated = errors(json.load(open(report, encoding="utf-8"))["consolidations"][0]["findings"])
    assert consolidated <= own, consolidated - own
    # the 明细: each figure, its units' published figures, and their sum
    trail = json.load(open(report, encoding="utf-8"))["consolidations"][0]["trail"]
    assert len(trail) >= len(expected) - 1
    book = openpyxl.load_workbook(detail)
    assert book.sheetnames == [f"公开{n:02d}表明细" for n in range(1, 10)]
    header = [c.value for c in book["公开01表明细"][2]]
    assert header[:3] == ["表、行、列", "汇总数", "各单位之和"] and header[3:] == ["甲中心", "乙中心", "丙中心"]
    for sheet in book:
        for row in sheet.iter_rows(min_row=3, values_only=True):
            _, total, summed, *each = row
            assert abs(Decimal(str(summed)) - sum(Decimal(str(v)) for v in each)) < Decimal("0.005"), row
            assert abs(Decimal(str(total)) - Decimal(str(summed))) <= Decimal("0.01") * len(each), row


def test_the_same_unit_twice_is_an_error_and_counted_once(units, tmp_path, gongkai):
    twice = tmp_path / "again.xlsx"
    shutil.copy(units[0], twice)
    result = gongkai("consolidate", str(units[0]), str(twice), "-o", str(tmp_path / "x.xlsx"), "--department", "某区",
                     "--json", str(tmp_path / "x.json"), check=False)
    assert result.returncode == 1
    assert "像是同一个单位报送了两次" in result.stderr.decode()
    alone_figures, _ = alone(units[0], tmp_path, gongkai)
    assert figures(json.load(open(tmp_path / "x.json", encoding="utf-8"))) == alone_figures


def test_units_of_different_years_are_refused_and_nothing_is_written(units, tmp_path, gongkai):
    other = tmp_path / "丁中心.xlsx"
    renamed(units[0], other, "丁中心")
    workbook = openpyxl.load_workbook(other)
    for sheet in workbook:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and "2023" in cell.value:
                    cell.value = cell.value.replace("2023", "2024")
    workbook.save(other)
    result = gongkai("consolidate", str(units[0]), str(other), "-o", str(tmp_path / "y.xlsx"), "--department", "某区", check=False)
    assert result.returncode == 2 and "年度不同" in result.stderr.decode()
    assert not (tmp_path / "y.xlsx").exists()


def test_strict_stops_at_a_unit_with_errors(units, tmp_path, gongkai):
    result = gongkai("consolidate", *map(str, units), "-o", str(tmp_path / "z.xlsx"), "--department", "某区", "--strict", check=False)
    assert result.returncode == 1 and "--strict" in result.stderr.decode()
    assert not (tmp_path / "z.xlsx").exists()


def test_a_tree_consolidates_every_level(units, tmp_path, gongkai):
    tree = tmp_path / "单位树.csv"
    with open(tree, "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["单位", "上级单位", "文件"])
        writer.writerow(["某区", "", ""])
        writer.writerow(["甲中心", "某区", str(units[0])])
        writer.writerow(["丙中心", "甲中心", str(units[2])])
        writer.writerow(["乙中心", "某区", str(units[1])])
    folder = tmp_path / "汇总"
    folder.mkdir()
    result = gongkai("consolidate", "--tree", str(tree), "-o", str(folder), "--report", str(tmp_path / "tree.json"), check=False)
    assert result.returncode in (0, 1), result.stderr.decode()
    assert {"某区.xlsx", "甲中心.xlsx", "某区-汇总明细.xlsx", "甲中心-汇总明细.xlsx"} <= set(os.listdir(folder))
    nodes = {n["department"]: n for n in json.load(open(tmp_path / "tree.json", encoding="utf-8"))["consolidations"]}
    assert [u["name"] for u in nodes["甲中心"]["units"]] == ["甲中心", "丙中心"]
    assert sorted(u["name"] for u in nodes["某区"]["units"]) == ["乙中心", "甲中心"]
    flat = tmp_path / "flat.json"
    gongkai("consolidate", *map(str, units), "-o", str(tmp_path / "flat.xlsx"), "--department", "某区", "--json", str(flat), check=False)
    gongkai("convert", str(folder / "某区.xlsx"), "-o", str(tmp_path / "district.xlsx"), "--json", str(tmp_path / "district.json"), check=False)
    district = figures(json.load(open(tmp_path / "district.json", encoding="utf-8")))
    assert district == {k: published(v) for k, v in figures(json.load(open(flat, encoding="utf-8"))).items() if published(v) != 0}
