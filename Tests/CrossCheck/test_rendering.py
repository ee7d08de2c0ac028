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
SEED_JSON = os.path.join(ROOT, "examples", "seed-2023.json")
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
    for profile in ("2024-shanghai", "2025-shanghai"):
        gongkai("convert", SEED_JSON, "--profile", profile, "-o", str(folder / f"standard-{profile}.xlsx"))
        gongkai("template", "--profile", profile, "-o", str(folder / f"template-{profile}.xlsx"))
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


def test_fill_in_template_prints_its_cover_instructions_and_facts_portrait_and_each_table_landscape(outputs):
    sizes = render(outputs / "template.xlsx", outputs)
    assert all(is_a4(s) for s in sizes)
    tables_end = next(i for i in range(2, len(sizes)) if not landscape(sizes[i]))
    assert not any(landscape(s) for s in sizes[:2]), "封面 and 填报说明"
    assert tables_end >= 11 and all(landscape(s) for s in sizes[2:tables_end]), "the nine tables"
    assert not any(landscape(s) for s in sizes[tables_end:]), "情况说明"


def test_check_report_has_a_one_page_portrait_cover_then_landscape_pages(outputs):
    sizes = render(outputs / "report.xlsx", outputs)
    assert is_a4(sizes[0]) and not landscape(sizes[0])
    assert all(is_a4(s) and landscape(s) for s in sizes[1:])
    assert len(sizes) >= 11


def test_summary_and_comparison_print_on_one_landscape_page(outputs):
    for workbook in (outputs / "out" / "汇总.xlsx", outputs / "diff.xlsx"):
        sizes = render(workbook, outputs)
        assert len(sizes) == 1 and is_a4(sizes[0]) and landscape(sizes[0]), workbook.name


def text_width(text, size):
    """Printed width in column-width units (the width of a 0 at 11 pt): a Chinese character takes
    about two, other characters about one."""
    return sum(2.0 if ord(ch) >= 0x2E80 else 1.05 for ch in text) * size / 11


def cut_texts(path):
    """Every text that does not fit its cell (or merged range): wider than its columns, or
    wrapped onto more lines than its row is tall. Worked out from the workbook as openpyxl
    reads it, independently of how Gongkai measures."""
    workbook = openpyxl.load_workbook(path)
    cut = []
    for sheet in workbook:
        widths = {}
        merged = {r.start_cell.coordinate: r for r in sheet.merged_cells.ranges}
        inside = {c for r in sheet.merged_cells.ranges for row in sheet.iter_rows(min_row=r.min_row, max_row=r.max_row,
                  min_col=r.min_col, max_col=r.max_col) for c in (cell.coordinate for cell in row)} - set(merged)
        for row in sheet.iter_rows():
            for cell in row:
                if not isinstance(cell.value, str) or cell.value.startswith("=") or cell.coordinate in inside:
                    continue
                span = merged.get(cell.coordinate)
                columns = range(span.min_col, span.max_col + 1) if span else [cell.column]
                rows = range(span.min_row, span.max_row + 1) if span else [cell.row]
                width = sum(widths.setdefault(c, sheet.column_dimensions[openpyxl.utils.get_column_letter(c)].width or 8.43)
                            for c in columns)
                size = cell.font.sz or 11
                needed = text_width(cell.value, size) + 2 * (cell.alignment.indent or 0) + 0.5
                height = sum(sheet.row_dimensions[r].height or 15 for r in rows)
                lines = max(1, int(height // (size * 1.25)))
                if not cell.alignment.wrap_text:
                    lines = 1
                if needed > width * lines and not (lines == 1 and not span and is_free_to_spill(sheet, cell)):
                    cut.append(f"{sheet.title}!{cell.coordinate} {cell.value[:20]} needs {needed:.0f} of {width:.0f}×{lines}")
    return cut


def is_free_to_spill(sheet, cell):
    """Unbordered text with empty cells to its right prints across them, as titles and notes do."""
    if cell.border.left.style or cell.border.right.style:
        return False
    right = sheet.cell(row=cell.row, column=cell.column + 1)
    return right.value is None


@pytest.mark.parametrize("name", ["standard.xlsx", "template.xlsx", "report.xlsx", "out/汇总.xlsx", "diff.xlsx",
                                  "standard-2024-shanghai.xlsx", "template-2024-shanghai.xlsx",
                                  "standard-2025-shanghai.xlsx", "template-2025-shanghai.xlsx"])
def test_no_text_is_cut(outputs, name):
    assert cut_texts(outputs / name) == []
