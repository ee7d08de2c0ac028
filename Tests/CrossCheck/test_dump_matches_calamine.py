"""gongkai dump agrees cell for cell with python-calamine on every fixture calamine can read, .xlsx
and legacy .xls (made by LibreOffice and xlwt) alike."""
import datetime
import glob
import json
import os

import pytest
import python_calamine

from conftest import FIXTURES, ROOT

# Files calamine itself cannot read, or that would make it allocate the whole grid:
# handmade_edge.xlsx names its workbook part xl/book.xml (calamine assumes xl/workbook.xml);
# xlsxwriter_far_cell.xlsx has a cell at XFD1048576 (calamine builds a dense 17-billion-cell range).
NOT_FOR_CALAMINE = {"handmade_edge.xlsx", "xlsxwriter_far_cell.xlsx", "encrypted.xlsx"}

WORKBOOKS = sorted(
    path for path in glob.glob(os.path.join(FIXTURES, "*.xlsx")) + glob.glob(os.path.join(FIXTURES, "*.xls"))
    + glob.glob(os.path.join(ROOT, "Tests", "GongkaiTests", "XLS", "*.xls"))
    if os.path.basename(path) not in NOT_FOR_CALAMINE)


def normalise_calamine(value):
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, datetime.datetime):
        return value.isoformat() if value.time() != datetime.time() else value.date().isoformat()
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    if value == "":
        return None
    return value


def normalise_gongkai(value):
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str) and value.startswith("#") and value.endswith(("!", "A", "?")):
        return None  # python-calamine reports error cells as empty
    return value


def dense(rows, width, height):
    grid = [[None] * width for _ in range(height)]
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            grid[r][c] = value
    return grid


@pytest.mark.parametrize("path", WORKBOOKS, ids=os.path.basename)
def test_every_sheet_matches(path, gongkai):
    workbook = python_calamine.CalamineWorkbook.from_path(path)
    assert workbook.sheet_names, "fixture has no sheets"
    visible = [s.name for s in workbook.sheets_metadata if str(s.visible).endswith(".Visible")]
    assert [s["name"] for s in json.loads(gongkai("dump", path, "--format", "json").stdout)["sheets"]] == visible
    for name in workbook.sheet_names:
        expected = [[normalise_calamine(v) for v in row]
                    for row in workbook.get_sheet_by_name(name).to_python(skip_empty_area=False)]
        output = json.loads(gongkai("dump", path, "--sheet", name, "--format", "json").stdout)
        actual = [[normalise_gongkai(v) for v in row] for row in output["sheets"][0]["rows"]]
        while expected and all(v is None for v in expected[-1]):
            expected.pop()
        while actual and all(v is None for v in actual[-1]):
            actual.pop()
        height = max(len(expected), len(actual))
        width = max([len(r) for r in expected + actual] or [0])
        assert dense(actual, width, height) == dense(expected, width, height), f"sheet {name}"
