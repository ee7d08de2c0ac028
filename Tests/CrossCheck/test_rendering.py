"""Every kind of workbook Gongkai writes, printed through LibreOffice: A4, the orientation each is
meant for, one page wide, and the page count a reader expects (standard tables one page each for the
seed, a one-page cover for the check report)."""
import os
import re
import shutil
import subprocess

import openpyxl
import pytest

from conftest import ROOT

EXAMPLE = os.path.join(ROOT, "examples", "部门决算报送-2023.xlsx")
YUAN = os.path.join(ROOT, "Tests", "GongkaiTests", "Submissions", "yuan_stacked.xlsx")


def pages(pdf):
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "999", str(pdf)], capture_output=True, text=True, check=True).stdout
    sizes = [tuple(map(float, m)) for m in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", info)]
    return sizes


def render(workbook, folder):
    soffice = shutil.which("soffice")
    if soffice is None or shutil.which("pdfinfo") is None:
        if os.environ.get("CI"):
            raise AssertionError("LibreOffice and pdfinfo are installed in CI")
        pytest.skip("LibreOffice or pdfinfo not installed")
    subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", str(folder), str(workbook)],
                   check=True, capture_output=True, timeout=300)
    return pages(folder / (workbook.stem + ".pdf"))


def is_a4(size):
    short, long = sorted(size)
    return abs(short - 595.3) < 2 and abs(long - 841.9) < 2


def landscape(size):
    return size[0] > size[1]


@pytest.fixture(scope="module")
def outputs(tmp_path_factory, gongkai):
    folder = tmp_path_factory.mktemp("render")
    gongkai("convert", EXAMPLE, "-o", str(folder / "standard.xlsx"))
    gongkai("template", "-o", str(folder / "template.xlsx"))
    gongkai("check", YUAN, "-o", str(folder / "report.xlsx"), check=False)
    batch = folder / "batch"
    batch.mkdir()
    shutil.copy(EXAMPLE, batch / "a.xlsx")
    shutil.copy(YUAN, batch / "b.xlsx")
    gongkai("convert", str(batch), "-o", str(folder / "out"), "--quiet", check=False)
    changed = folder / "changed.xlsx"
    workbook = openpyxl.load_workbook(folder / "standard.xlsx")
    workbook["公开05表"]["C8"] = 1255.29
    workbook.save(changed)
    gongkai("diff", EXAMPLE, str(changed), "-o", str(folder / "diff.xlsx"), check=False)
    return folder


def test_standard_tables_print_one_landscape_page_each(outputs):
    sizes = render(outputs / "standard.xlsx", outputs)
    assert len(sizes) == 9 and all(is_a4(s) and landscape(s) for s in sizes)


def test_fill_in_template_prints_its_instructions_portrait_and_each_table_landscape(outputs):
    sizes = render(outputs / "template.xlsx", outputs)
    assert is_a4(sizes[0]) and not landscape(sizes[0])
    assert len(sizes) >= 10 and all(is_a4(s) and landscape(s) for s in sizes[1:])


def test_check_report_has_a_one_page_portrait_cover_then_landscape_pages(outputs):
    sizes = render(outputs / "report.xlsx", outputs)
    assert is_a4(sizes[0]) and not landscape(sizes[0])
    assert all(is_a4(s) and landscape(s) for s in sizes[1:])
    assert len(sizes) >= 11


def test_summary_and_comparison_print_on_one_landscape_page(outputs):
    for workbook in (outputs / "out" / "汇总.xlsx", outputs / "diff.xlsx"):
        sizes = render(workbook, outputs)
        assert len(sizes) == 1 and is_a4(sizes[0]) and landscape(sizes[0]), workbook.name
