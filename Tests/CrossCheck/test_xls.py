"""Legacy .xls submissions (Excel 97-2003) made by LibreOffice and by xlwt convert exactly as their .xlsx
originals do: the same figures, department, year, exit code and findings (Tests/Fixtures/make_xls.py)."""
import glob
import json
import os
from collections import Counter

import pytest

from conftest import ROOT
from figures import figures

XLS = os.path.join(ROOT, "Tests", "GongkaiTests", "XLS")
ORIGINALS = {"example": os.path.join(ROOT, "examples", "部门决算报送-2023.xlsx"),
             "yuan_stacked": os.path.join(ROOT, "Tests", "GongkaiTests", "Submissions", "yuan_stacked.xlsx")}
CASES = sorted(p for p in glob.glob(os.path.join(XLS, "*.xls")) if not os.path.basename(p).startswith("values."))


def original(path):
    base = os.path.basename(path).split(".")[0]
    return ORIGINALS.get(base) or os.path.join(ROOT, "Tests", "GongkaiTests", "Layouts", base + ".openpyxl.xlsx")


def converted(path, folder, gongkai):
    report, accounts = folder / "report.json", folder / "accounts.json"
    result = gongkai("convert", path, "-o", str(folder / "out.xlsx"), "--json", str(accounts), "--report", str(report), check=False)
    if result.returncode == 2:
        return result.returncode, None, None
    document = json.load(open(accounts, encoding="utf-8"))
    findings = json.load(open(report, encoding="utf-8"))["findings"]
    kept = Counter((f["rule"], f["severity"]) for f in findings if f["rule"] != "import.hidden-sheet-ignored")
    return result.returncode, document, kept


@pytest.mark.parametrize("path", CASES, ids=os.path.basename)
def test_xls_converts_as_its_xlsx_original(path, tmp_path, gongkai):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    code, document, findings = converted(path, tmp_path / "a", gongkai)
    expected_code, expected, expected_findings = converted(original(path), tmp_path / "b", gongkai)
    assert code == expected_code
    assert figures(document) == figures(expected)
    assert (document["department"], document["year"], document["profile"]) == (expected["department"], expected["year"], expected["profile"])
    assert findings == expected_findings


def test_xls_findings_name_the_xls_cells(tmp_path, gongkai):
    result = gongkai("check", os.path.join(XLS, "yuan_stacked.libreoffice.xls"), "--format", "json", check=False)
    assert result.returncode == 1
    cells = [c for f in json.loads(result.stdout)["findings"] for c in f["cells"] if c["place"] == "submission"]
    assert cells and all(c["sheet"] and c["cell"][0].isalpha() for c in cells)


def test_diff_takes_xls_like_xlsx(gongkai):
    result = gongkai("diff", os.path.join(XLS, "example.xlwt.xls"), ORIGINALS["example"], check=False)
    assert result.returncode == 0, result.stdout.decode() + result.stderr.decode()
