"""An independent reader of the seed disclosure text, for comparing Gongkai's output with it."""
import os
import re

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SEED = os.path.join(ROOT, "Tests", "Fixtures", "seed-2023.txt")
TITLES = ["收入支出决算总表", "收入决算表", "支出决算表", "财政拨款收入支出决算总表", "一般公共预算财政拨款支出决算表",
          "一般公共预算财政拨款基本支出决算表", "政府性基金预算财政拨款收入支出决算表", "国有资本经营预算财政拨款支出决算表",
          "财政拨款“三公”经费支出决算表"]
AMOUNT = re.compile(r"^-?[\d,]+\.\d\d$")


def normalise(value):
    """The comparable text of a cell: amounts without separators and with two decimals."""
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return f"{value:.2f}"
    text = str(value).strip()
    if not text:
        return None
    if AMOUNT.match(text):
        return text.replace(",", "")
    return text


def tables():
    """{sheet name: [row as list of non-empty normalised cells]} for the nine seed tables."""
    lines = open(SEED, encoding="utf-8").read().split("\n")
    result, current, seen = {}, None, set()
    for line in lines:
        stripped = line.strip()
        if stripped in TITLES and f"公开{TITLES.index(stripped) + 1:02d}表" not in result:
            current = f"公开{TITLES.index(stripped) + 1:02d}表"
            result[current], seen = [[stripped]], set()
            continue
        if stripped.startswith("第三部分") and current is not None:
            break
        if current is None or not stripped:
            continue
        if re.match(r"^[一二三四五六七八九]、", stripped) and any(stripped[2:].startswith(t) for t in TITLES):
            continue  # the heading of the next section
        cells = [c for c in (normalise(c) for c in line.split("\t")) if c is not None]
        key = tuple(cells)
        is_header = not any(AMOUNT.match(c) or re.match(r"^-?\d+\.\d\d$", c) for c in cells)
        if "项目 栏次" in line or (is_header and key in seen and len(cells) > 1):
            continue  # a header repeated at a page break of the PDF
        if is_header:
            seen.add(key)
        previous = result[current][-1]
        if cells == ["单位：万元"] and previous[0].startswith("单位："):
            previous.append(cells[0])  # the PDF text puts the two ends of the unit line on two lines
            continue
        result[current].append(cells)
    assert len(result) == 9 and all(len(rows) > 5 for rows in result.values()), "the seed text was not parsed"
    return result


def sheet_rows(worksheet):
    rows = []
    for row in worksheet.iter_rows(values_only=True):
        cells = [c for c in (normalise(v) for v in row) if c is not None]
        if cells:
            rows.append(cells)
    return rows
