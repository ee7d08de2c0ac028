"""The fill-in workbook as a department uses it: the name and year typed once on 封面, figures
typed into the shaded cells only (openpyxl), totals left to the formulas. LibreOffice
recalculates and saves, Gongkai reads the saved results; without a recalculation Gongkai says
which formulas have no result instead of reading them as zero."""
import json
import os
import subprocess
from decimal import ROUND_HALF_UP, Decimal

import openpyxl
import pytest

from conftest import ROOT, soffice
from figures import figures

SEED_JSON = os.path.join(ROOT, "examples", "seed-2023.json")
WORKED_OUT = {"income_expenditure_summary", "fiscal_summary", "three_public_expenses"}



@pytest.fixture(scope="module")
def filled(tmp_path_factory, gongkai):
    """The template with the seed typed into its input cells, as openpyxl saves it."""
    folder = tmp_path_factory.mktemp("fill")
    template, standard = folder / "template.xlsx", folder / "standard.xlsx"
    gongkai("template", "-o", str(template))
    gongkai("convert", SEED_JSON, "-o", str(standard))
    source = openpyxl.load_workbook(standard)
    workbook = openpyxl.load_workbook(template)
    workbook["封面"]["B3"] = "哈尔滨市平房区智慧城市发展中心"
    typed = 0
    for name in source.sheetnames:
        for row in source[name].iter_rows(min_row=4):
            for cell in row:
                target = workbook[name][cell.coordinate]
                if cell.value is None or target.protection.locked:
                    continue
                target.value = cell.value
                typed += 1
    assert typed > 300
    facts = workbook["情况说明"]
    answers = {"单位职责": "负责全区智慧城市建设的规划和实施。\n承担区政务信息化项目的建设管理。", "机构设置": "内设综合科、建设科。",
               "政府采购货物支出（万元）": 0, "政府采购工程支出（万元）": 0, "政府采购服务支出（万元）": 1017.76,
               "授予中小企业合同金额（万元）": 1017.76, "授予小微企业合同金额（万元）": 1017.76, "车辆（辆）": 0,
               "主要变动原因：一般公共预算财政拨款收入": "智慧城市建设项目减少", "房屋面积（平方米）": 0,
               "单价100万元以上设备（台、套）": 0, "绩效自评一级项目数（个）": 18, "绩效自评涉及资金（万元）": 1254.29,
               "部门评价项目数（个）": 18, "部门评价涉及资金（万元）": 1254.29, "整体支出自评预算数（万元）": 1254.29,
               "整体支出自评执行数（万元）": 1254.29, "整体支出自评得分（分）": 100, "重点项目自评项目数（个）": 4,
               "重点项目全年预算数（万元）": 259.38, "重点项目执行数（万元）": 259.38, "重点项目平均得分（分）": 100,
               **{f"其中：{kind}（辆）": 0 for kind in ["岗位保障用车", "机要通信用车", "应急保障用车", "执法执勤用车", "特种专业技术用车", "其他用车"]}}
    for row in range(1, facts.max_row + 1):
        label = facts.cell(row=row, column=1).value
        if label in answers:
            assert not facts.cell(row=row, column=2).protection.locked, label
            facts.cell(row=row, column=2).value = answers.pop(label)
    assert not answers, f"rows missing from 情况说明: {list(answers)}"
    header = next(row for row in range(1, facts.max_row + 1) if facts.cell(row=row, column=1).value == "合同名称")
    for offset, (name, amount) in enumerate([("光纤环网节点机房维护巡检", 600), ("平房区督考管理平台项目", 417.76)], start=1):
        facts.cell(row=header + offset, column=1).value = name
        facts.cell(row=header + offset, column=2).value = amount
    path = folder / "filled.xlsx"
    workbook.save(path)
    return path


def test_template_has_a_cover_and_worked_out_totals(tmp_path, gongkai):
    path = tmp_path / "template.xlsx"
    gongkai("template", "-o", str(path))
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames[:2] == ["封面", "填报说明"]
    cover = workbook["封面"]
    assert cover["A3"].value == "单位名称" and not cover["B3"].protection.locked
    assert cover["A4"].value == "决算年度" and cover["B4"].value == 2023 and not cover["B4"].protection.locked
    for name in [n for n in workbook.sheetnames if n.startswith("公开")]:
        sheet = workbook[name]
        assert sheet["A3"].value == '="编制单位："&封面!$B$3', name
        assert sheet["A2"].value == '=封面!$B$4&"年度部门决算"', name
    income = workbook["公开02表"]
    assert income["C7"].value == "=SUMPRODUCT((LEN(A8:A207)=3)*C8:C207)"
    assert income["C7"].protection.locked and not income["C8"].protection.locked
    assert all(not income[f"A{row}"].protection.locked for row in range(8, 208)), "200 code rows"


@pytest.fixture(scope="module")
def recalculated(filled, tmp_path_factory):
    """The filled template after LibreOffice recalculated and saved it."""
    folder = tmp_path_factory.mktemp("recalculated")
    subprocess.run([soffice(), "--headless", "--convert-to", "xlsx", "--outdir", str(folder), str(filled)],
                   check=True, capture_output=True, timeout=180)
    return folder / "filled.xlsx"


def test_libreoffice_recalculated_template_converts_to_the_seed(recalculated, tmp_path, gongkai):
    report, accounts = tmp_path / "report.json", tmp_path / "accounts.json"
    result = gongkai("convert", str(recalculated), "-o", str(tmp_path / "out.xlsx"),
                     "--json", str(accounts), "--report", str(report), check=False)
    assert result.returncode in (0, 1), result.stderr.decode()
    document = json.load(open(accounts, encoding="utf-8"))
    assert document["department"] == "哈尔滨市平房区智慧城市发展中心" and document["year"] == 2023
    assert document["facts"]["procurement_services"] == "1017.76" and document["facts"]["vehicles"] == 0
    seed = figures(json.load(open(SEED_JSON, encoding="utf-8")))
    read = figures(document)
    for key in seed.keys() | read.keys():
        expected, got = seed.get(key, Decimal(0)), read.get(key, Decimal(0))
        if key[1] == "total" or key[0] in WORKED_OUT:
            # a total worked out by formula is the exact sum, where the seed publishes its rounding
            assert abs(expected - got) <= Decimal("0.02"), key
        else:
            assert expected == got, key
    findings = json.load(open(report, encoding="utf-8"))["findings"]
    assert not [f for f in findings if f["rule"].startswith("import.") and f["severity"] != "notice"]
    # Totals worked out from the seed's rounded figures move its 0.01 rounding differences into
    # relations between tables (05 基本支出 78.25 against 06's 78.23): nothing larger may appear.
    errors = [f for f in findings if f["severity"] == "error"]
    assert all(abs(Decimal(f["difference"])) <= Decimal("0.02") for f in errors), [f["message"] for f in errors]


def test_formulas_saved_without_results_are_named_not_read_as_zero(filled, gongkai):
    result = gongkai("check", str(filled), "--format", "json", check=False)
    assert result.returncode == 1
    findings = json.loads(result.stdout)["findings"]
    missing = [f for f in findings if f["rule"] == "import.formula-without-result"]
    assert any(f["cells"][0] == {"sheet": "公开02表", "cell": "C7", "place": "submission"} for f in missing)
    assert all("Excel 或 WPS 中打开并保存" in f["message"] for f in missing)
    assert json.loads(result.stdout)["department"] == "哈尔滨市平房区智慧城市发展中心"


def test_the_facts_entered_make_the_publication(recalculated, tmp_path, gongkai):
    """情况说明 typed into the template: the 公开说明 states them, computes the procurement total and
    shares from them, and its text agrees with its tables and facts."""
    document = tmp_path / "公开说明.docx"
    result = gongkai("publish", str(recalculated), "-o", str(document), check=False)
    assert result.returncode in (0, 1), result.stderr.decode()
    import docx
    text = "\n".join(p.text for p in docx.Document(document).paragraphs)
    assert "负责全区智慧城市建设的规划和实施。\n承担区政务信息化项目的建设管理。" in text
    assert ("政府采购支出总额1,017.76万元，其中：政府采购货物支出0.00万元、政府采购工程支出0.00万元、政府采购服务支出1,017.76万元。"
            "授予中小企业合同金额1,017.76万元，占政府采购支出总额的100.00%，其中：授予小微企业合同金额1,017.76万元，"
            "占授予中小企业合同金额的100.00%。") in text
    assert "主要变动情况：智慧城市建设项目减少。" in text
    # the seed's own sentence, word for word
    assert ("截至2023年12月31日，哈尔滨市平房区智慧城市发展中心共有车辆0辆，其中，岗位保障用车0辆、机要通信用车0辆、应急保障用车0辆、"
            "执法执勤用车0辆、特种专业技术用车0辆、其他用车0辆。单价100万元（含）以上设备（不含车辆）0台（套）。房屋0平方米。") in text
    # the seed's 绩效 sentences with their percentages computed here: the share from 公开05表's 项目支出
    standard = tmp_path / "standard.xlsx"
    gongkai("convert", str(recalculated), "-o", str(standard), check=False)
    table05 = openpyxl.load_workbook(standard)["公开05表"]
    total_row = next(row for row in table05.iter_rows(values_only=True) if "合计" in row[:2])
    project = Decimal(str(total_row[-1]))
    share = (Decimal("1254.29") / project * 100).quantize(Decimal("0.01"), ROUND_HALF_UP)
    assert share == Decimal("96.60")
    assert (f"一级项目18个，共涉及资金1,254.29万元，占一般公共预算项目支出总额的{share}%。") in text
    assert "自评涉及资金1,254.29万元，执行数为1,254.29万元，完成预算的100.00%，得分100分。" in text
    assert "项目支出全年预算数合计259.38万元，执行数合计259.38万元，完成预算的100.00%，平均得分100分。" in text
    assert "【待填写：单位职责】" not in text and "【待填写：机关运行经费支出金额及说明】" in text
    contracts = docx.Document(document).tables[-1]
    assert [c.text for c in contracts.rows[-1].cells][-1] == "1,017.76" and "光纤环网节点机房维护巡检" in contracts.rows[1].cells[1].text
    assert "政府采购合同清单" not in result.stderr.decode()
    check = gongkai("check", str(recalculated), "--narrative", str(document), "--format", "json", check=False)
    assert not [f for f in json.loads(check.stdout)["findings"] if f["rule"].startswith("narrative.")]


def test_a_contract_list_that_does_not_add_up_is_an_error(recalculated, tmp_path, gongkai):
    import openpyxl as xl
    workbook = xl.load_workbook(recalculated)
    facts = workbook["情况说明"]
    header = next(row for row in range(1, facts.max_row + 1) if facts.cell(row=row, column=1).value == "合同名称")
    facts.cell(row=header + 2, column=2).value = 17.76
    changed = tmp_path / "changed.xlsx"
    workbook.save(changed)
    result = gongkai("publish", str(changed), "-o", str(tmp_path / "x.docx"), check=False)
    assert result.returncode == 1
    assert "政府采购合同清单 2 项合计 617.76 万元，与政府采购支出总额 1,017.76 万元不符" in result.stderr.decode()
