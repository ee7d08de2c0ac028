"""gongkai publish: the 公开说明 as a Word document, read back by python-docx and docx2python and printed
by LibreOffice. The 情况说明 is compared with the seed's own sentences: given last year's figures (those
the seed's changes imply), Gongkai must write what the department wrote."""
import copy
import json
import os
import re
import subprocess

import docx
import openpyxl
import pytest
from docx2python import docx2python

from conftest import ROOT, soffice

EXAMPLE = os.path.join(ROOT, "examples", "部门决算报送-2023.xlsx")
SEED_JSON = os.path.join(ROOT, "examples", "seed-2023.json")


@pytest.fixture(scope="module")
def previous(tmp_path_factory):
    """2022's accounts as the seed's 情况说明 implies them: income 1,657.04, 基本支出 76.53, 项目支出 1,588.01."""
    seed = json.load(open(SEED_JSON, encoding="utf-8"))
    last = copy.deepcopy(seed)
    last["year"] = 2022
    lines = last["tables"]["income_expenditure_summary"]["lines"]
    for line in ("1", "27", "30"):
        lines[line]["amount"] = "1657.04"
    expenditure = last["tables"]["expenditure"]["total"]
    expenditure.update({"total": "1664.54", "basic": "76.53", "project": "1588.01"})
    path = tmp_path_factory.mktemp("previous") / "2022.json"
    json.dump(last, open(path, "w", encoding="utf-8"), ensure_ascii=False)
    return path


@pytest.fixture(scope="module")
def published(tmp_path_factory, gongkai, previous):
    folder = tmp_path_factory.mktemp("publish")
    path = folder / "公开说明.docx"
    result = gongkai("publish", EXAMPLE, "-o", str(path), "--previous", str(previous), check=False)
    assert result.returncode == 0, result.stderr.decode()
    return path, result.stderr.decode()


def text_of(path):
    return "\n".join(p.text for p in docx.Document(path).paragraphs)


def test_the_changes_read_as_the_seed_wrote_them(published):
    text = text_of(published[0])
    assert "哈尔滨市平房区智慧城市发展中心2023年度总收入1,376.70万元，其中本年收入1,376.70万元。" in text
    assert "一般公共预算财政拨款收入1,376.70万元，比上年决算数减少280.34万元，下降16.92%。" in text
    assert "基本支出78.24万元，比上年决算数增加1.71万元，增长2.23%。" in text
    assert "项目支出1,298.46万元，比上年决算数减少289.55万元，下降18.23%。" in text


def test_the_document_has_the_four_parts_and_the_nine_tables_with_the_standard_figures(published, tmp_path, gongkai):
    document = docx.Document(published[0])
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading 1")]
    assert headings[0] == "目录"
    assert [h for h in headings if h.startswith("第")] == ["第一部分 部门概况", "第二部分 2023年度部门决算表",
                                                          "第三部分 2023年度部门决算情况说明", "第四部分 名词解释"]
    assert len(document.tables) == 9
    standard = tmp_path / "standard.xlsx"
    gongkai("convert", EXAMPLE, "-o", str(standard))
    workbook = openpyxl.load_workbook(standard)
    for table, name in zip(document.tables, [f"公开{n:02d}表" for n in range(1, 10)]):
        expected = [f"{v:,.2f}" for row in workbook[name].iter_rows(values_only=True) for v in row
                    if isinstance(v, (int, float)) and not isinstance(v, bool)]
        shown = [c.text for row in table.rows for c in row.cells]
        amounts = [t for t in shown if re.fullmatch(r"-?[\d,]+\.\d\d", t)]
        assert amounts == expected, name
    header = [c.text for c in document.tables[0].rows[1].cells]
    assert header == ["项目", "行次", "金额", "项目", "行次", "金额"]


def test_a_second_reader_sees_the_same_text(published):
    with docx2python(published[0]) as content:
        text = content.text
    assert "下降16.92%" in text and "第四部分 名词解释" in text and "财政拨款收入：" in text


def test_missing_facts_are_visible_and_warned(published):
    text = text_of(published[0])
    assert "【待填写：单位职责】" in text and "【待填写：机构设置】" in text
    runs = [r for p in docx.Document(published[0]).paragraphs for r in p.runs if r.text.startswith("【待填写")]
    assert runs and all(r.font.highlight_color is not None for r in runs)
    assert "公开说明中“单位职责”未提供" in published[1]


def test_without_last_year_the_comparison_is_left_to_fill(tmp_path, gongkai):
    path = tmp_path / "初稿.docx"
    assert gongkai("publish", EXAMPLE, "-o", str(path)).returncode == 0
    text = text_of(path)
    assert "一般公共预算财政拨款收入1,376.70万元，【待填写：上年决算数】" in text


def test_libreoffice_prints_it_portrait_with_the_tables_landscape(published, tmp_path):
    subprocess.run([soffice(), "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(published[0])],
                   check=True, capture_output=True, timeout=300)
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "999", str(tmp_path / "公开说明.pdf")], capture_output=True, text=True, check=True).stdout
    sizes = [tuple(map(float, m)) for m in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", info)]
    assert len(sizes) >= 12
    assert sizes[0][0] < sizes[0][1], "the cover is portrait"
    assert any(w > h for w, h in sizes), "the tables are on landscape pages"
    assert sizes[-1][0] < sizes[-1][1], "the 名词解释 is portrait"


def test_the_web_page_is_self_contained_with_the_tables_merged_as_printed(tmp_path, gongkai, previous):
    from html.parser import HTMLParser

    class Page(HTMLParser):
        def __init__(self):
            super().__init__()
            self.tables, self.outside, self.spans, self.text = 0, [], [], []

        def handle_starttag(self, tag, attrs):
            attrs = dict(attrs)
            self.tables += tag == "table"
            self.outside += [v for k, v in attrs.items() if k in ("src", "href")]
            if tag == "td" and ("rowspan" in attrs or "colspan" in attrs):
                self.spans.append(attrs)

        def handle_data(self, data):
            self.text.append(data)

    folder = tmp_path / "网页"
    gongkai("publish", EXAMPLE, "-o", str(tmp_path / "x.docx"), "--previous", str(previous), "--html", str(folder))
    page = Page()
    page.feed(open(folder / "index.html", encoding="utf-8").read())
    assert page.tables == 9 and page.outside == []
    assert any(s.get("rowspan") for s in page.spans) and any(s.get("colspan") for s in page.spans)
    assert "比上年决算数减少280.34万元，下降16.92%" in "".join(page.text)
