"""Turn the seed disclosure text (Tests/Fixtures/seed-2023.txt) into canonical JSON.

Independent of Gongkai's own readers, so the tests can compare Gongkai's output with
the seed through a second implementation. Usage:
    python3 Tests/Fixtures/seed_to_json.py > examples/seed-2023.json
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TITLES = {
    "收入支出决算总表": "01", "收入决算表": "02", "支出决算表": "03", "财政拨款收入支出决算总表": "04",
    "一般公共预算财政拨款支出决算表": "05", "一般公共预算财政拨款基本支出决算表": "06",
    "政府性基金预算财政拨款收入支出决算表": "07", "国有资本经营预算财政拨款支出决算表": "08",
    "财政拨款“三公”经费支出决算表": "09",
}
AMOUNT = re.compile(r"^-?[\d,]+\.\d\d$")


def amount(text):
    return text.replace(",", "")


def sections(lines):
    """Yield (number, rows) for each table: the tab-split lines between its title and the next."""
    current, rows = None, []
    for line in lines:
        stripped = line.strip()
        if stripped in TITLES and current != TITLES[stripped]:
            if current:
                yield current, rows
            current, rows = TITLES[stripped], []
            continue
        if stripped.startswith("第三部分") and current:
            yield current, rows
            return
        if current and line.strip():
            rows.append(line.split("\t"))


def data_rows(rows):
    return [r for r in rows if any(AMOUNT.match(c.strip()) for c in r)]


def coded(rows, keys):
    table = {"total": {}, "rows": []}
    for r in data_rows(rows):
        code, name, values = r[0].strip(), r[1].strip(), [amount(v.strip()) for v in r[2:2 + len(keys)]]
        if name == "合计" and not code:
            table["total"] = dict(zip(keys, values))
        else:
            table["rows"].append({"code": code, "name": name, "values": dict(zip(keys, values))})
    return table


def lines_table(rows, income_keys, expenditure_keys, split):
    table = {}
    for r in rows:
        if len(r) < split + 2:
            continue
        left, right = r[:split], r[split:]
        for side, keys in ((left, income_keys), (right, expenditure_keys)):
            if len(side) >= 3 and side[1].strip().isdigit():
                values = [amount(v.strip()) for v in side[2:2 + len(keys)] if v.strip()]
                if values:
                    table[side[1].strip()] = dict(zip(keys, values))
    return {"lines": table}


def main():
    text = open(os.path.join(HERE, "seed-2023.txt"), encoding="utf-8").read().split("\n")
    department = next(l.split("单位：", 1)[1].strip() for l in text if l.startswith("单位：") and "万元" not in l)
    tables = {}
    for number, rows in sections(text):
        if number == "01":
            tables["income_expenditure_summary"] = lines_table(rows, ["amount"], ["amount"], 3)
        elif number == "04":
            tables["fiscal_summary"] = lines_table(rows, ["amount"], ["total", "general_budget", "government_fund", "state_capital"], 3)
        elif number == "02":
            tables["income"] = coded(rows, ["total", "fiscal_appropriation", "superior_subsidy", "business_income",
                                            "operating_income", "subordinate_remittance", "other_income"])
        elif number == "03":
            tables["expenditure"] = coded(rows, ["total", "basic", "project", "remittance_to_superior",
                                                 "operating_expenditure", "subsidy_to_subordinate"])
        elif number in ("05", "08"):
            tables["general_budget_expenditure" if number == "05" else "state_capital"] = coded(rows, ["total", "basic", "project"])
        elif number == "07":
            tables["government_fund"] = coded(rows, ["opening_balance", "income", "total", "basic", "project", "closing_balance"])
        elif number == "06":
            economic = {"rows": []}
            for group in range(3):
                for r in rows:
                    cells = [c.strip() for c in r] + [""] * 9
                    code, name, value = cells[3 * group:3 * group + 3]
                    if code.isdigit() and AMOUNT.match(value):
                        economic["rows"].append({"code": code, "name": name, "amount": amount(value)})
            for r in rows:
                cells = [c.strip() for c in r] + [""] * 9
                if "人员经费合计" in cells:
                    economic["personnel_total"] = amount(cells[cells.index("人员经费合计") + 1])
                if "公用经费合计" in cells:
                    economic["public_total"] = amount(cells[cells.index("公用经费合计") + 1])
            tables["general_budget_basic"] = economic
        elif number == "09":
            keys = [p + k for p in ("budget_", "final_") for k in ("total", "abroad", "cars", "car_purchase", "car_operation", "reception")]
            values = next(r for r in rows if len(r) == 12 and all(AMOUNT.match(c.strip()) for c in r))
            tables["three_public_expenses"] = {"values": dict(zip(keys, [amount(v.strip()) for v in values]))}
    document = {"schema": "gongkai/final-accounts@1", "department": department, "year": 2023,
                "profile": "2023-national", "source_unit": "万元", "tables": tables}
    json.dump(document, sys.stdout, ensure_ascii=False, indent=2, sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
