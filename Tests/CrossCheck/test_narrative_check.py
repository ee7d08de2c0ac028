"""gongkai check --narrative: the figures a 情况说明 states, recomputed from the tables. On the seed's own
published text it must find the two known errors (91.10% on the wrong denominator, the contract lists
adding up to 643.33 万元 against 1,017.76), the third one they led to (完成预算的91.10% where 执行数 equals
预算数), and nothing else; Gongkai's own document must pass."""
import json
import os

from conftest import ROOT

SEED_TEXT = os.path.join(ROOT, "Tests", "Fixtures", "seed-2023.txt")
EXAMPLE = os.path.join(ROOT, "examples", "部门决算报送-2023.xlsx")


def narrative_findings(gongkai, submission, narrative):
    result = gongkai("check", submission, "--narrative", str(narrative), "--format", "json", check=False)
    return [f for f in json.loads(result.stdout)["findings"] if f["rule"].startswith("narrative.")]


def test_the_seed_text_has_exactly_its_known_errors(gongkai):
    found = narrative_findings(gongkai, SEED_TEXT, SEED_TEXT)
    shares = [f for f in found if f["rule"] == "narrative.share"]
    lists = [f for f in found if f["rule"] == "narrative.list-total"]
    rates = [f for f in found if f["rule"] == "narrative.rate"]
    assert len(shares) == 1 and "96.60%" in shares[0]["message"] and "91.10%" in shares[0]["message"]
    assert lists and all("643.33" in f["message"] and "1,017.76" in f["message"] for f in lists)
    # 自评涉及资金1,254.29万元，执行数为1,254.29万元，完成预算的91.10%: the share's figure copied
    assert len(rates) == 1 and "100.00%" in rates[0]["message"] and "91.10%" in rates[0]["message"]
    assert len(found) == len(shares) + len(lists) + len(rates), [f["message"] for f in found]


def test_a_wrong_percentage_or_amount_in_the_text_is_reported(gongkai, tmp_path):
    text = open(SEED_TEXT, encoding="utf-8").read()
    assert "下降16.92%" in text and "2023年度总收入1,376.70万元" in text
    wrong = tmp_path / "说明.txt"
    wrong.write_text(text.replace("下降16.92%", "下降19.62%").replace("2023年度总收入1,376.70万元", "2023年度总收入1,367.70万元"), encoding="utf-8")
    rules = [f["rule"] for f in narrative_findings(gongkai, SEED_TEXT, wrong)]
    assert rules.count("narrative.change") == 1
    assert rules.count("narrative.amount") == 1


def test_gongkai_s_own_document_agrees_with_its_tables(gongkai, tmp_path):
    document = tmp_path / "公开说明.docx"
    gongkai("publish", EXAMPLE, "-o", str(document))
    assert narrative_findings(gongkai, EXAMPLE, document) == []
