"""gongkai convert DIR / check DIR: a district's mixed good and broken submissions."""
import json
import os
import shutil

import openpyxl
import pytest

from conftest import FIXTURES, ROOT

SUBMISSIONS = os.path.join(ROOT, "Tests", "GongkaiTests", "Submissions")


@pytest.fixture()
def district(tmp_path):
    folder = tmp_path / "报送"
    (folder / "街道").mkdir(parents=True)
    for name in ("yuan_stacked.xlsx", "fullwidth_text.xlsx", "shanghai_libreoffice.xlsx"):
        shutil.copy(os.path.join(SUBMISSIONS, name), folder / name)
    shutil.copy(os.path.join(ROOT, "examples", "部门决算报送-2023.xlsx"), folder / "街道" / "example.xlsx")
    shutil.copy(os.path.join(ROOT, "Tests", "Fixtures", "seed-2023.txt"), folder / "街道" / "seed.txt")
    shutil.copy(os.path.join(ROOT, "Tests", "GongkaiTests", "XLS", "example.libreoffice.xls"), folder / "旧版.xls")
    whole = open(os.path.join(FIXTURES, "openpyxl_basic.xlsx"), "rb").read()
    (folder / "old.xlsx").write_bytes(whole[: len(whole) // 2])
    (folder / "说明.pdf").write_bytes(b"%PDF-1.4\n")
    (folder / "~$旧版.xls").write_bytes(b"owner")
    (folder / "broken.json").write_text("{\"schema\": ", encoding="utf-8")
    (folder / "notes.docx").write_text("ignored", encoding="utf-8")
    return folder


def test_batch_converts_good_files_and_records_broken_ones(district, tmp_path, gongkai):
    output = tmp_path / "公开表"
    result = gongkai("convert", str(district), "-o", str(output), check=False)
    assert result.returncode == 2
    summary = json.load(open(output / "汇总.json", encoding="utf-8"))
    files = {entry["file"]: entry for entry in summary["files"]}
    assert set(files) == {"yuan_stacked.xlsx", "fullwidth_text.xlsx", "shanghai_libreoffice.xlsx", "街道/example.xlsx",
                          "街道/seed.txt", "旧版.xls", "old.xlsx", "broken.json", "notes.docx", "说明.pdf", "~$旧版.xls"}
    assert files["notes.docx"]["status"] == "skipped" and ".docx" in files["notes.docx"]["message"]
    assert files["说明.pdf"]["status"] == "skipped" and ".pdf" in files["说明.pdf"]["message"]
    assert files["~$旧版.xls"]["status"] == "skipped" and "临时文件" in files["~$旧版.xls"]["message"]
    assert files["旧版.xls"]["status"] == "converted" and files["旧版.xls"]["department"] == "哈尔滨市平房区智慧城市发展中心"
    assert files["old.xlsx"]["status"] == "failed" and files["old.xlsx"]["message"]
    assert files["broken.json"]["status"] == "failed"
    converted = [e for e in summary["files"] if e["status"] == "converted"]
    assert len(converted) == 6 and summary["summary"]["failed"] == 2
    outputs = [e["output"] for e in converted]
    assert len(set(outputs)) == 6 and all((output / name).exists() for name in outputs)
    assert "哈尔滨市平房区智慧城市发展中心.xlsx" in outputs
    assert all(e["income_total"] == "1376.70" for e in converted)
    sheet = openpyxl.load_workbook(output / "汇总.xlsx")["汇总"]
    rows = list(sheet.iter_rows(min_row=3, values_only=True))
    assert sorted(row[1] for row in rows[:-1]) == sorted(files)
    total = rows[-1]
    assert total[0].startswith("合计") and abs(total[8] - 1376.7 * 6) < 1e-6
    assert all(row[2] for row in rows[:-1]), "every row names its unit, or its file name marked"
    assert sheet.page_setup.orientation == "landscape" and sheet.print_title_rows == "$1:$2"
    assert not [name for name in os.listdir(output) if name.endswith(".tmp") or name.startswith(".gongkai")]
    assert "已处理 11/11" in result.stderr.decode()


def test_quiet_and_exit_codes(district, tmp_path, gongkai):
    for name in ("old.xlsx", "broken.json"):
        os.remove(district / name)
    output = tmp_path / "out"
    quiet = gongkai("convert", str(district), "-o", str(output), "--quiet", check=False)
    assert quiet.stderr == b"" and quiet.returncode == 1
    assert gongkai("check", str(district), "--quiet", check=False).returncode == 1


def test_shards_are_disjoint_and_cover_the_batch(district, tmp_path, gongkai):
    seen = []
    for k in (1, 2, 3):
        result = gongkai("check", str(district), "--shard", f"{k}/3", "--quiet", "--format", "json", check=False)
        if result.returncode in (0, 1, 2) and result.stdout:
            seen += [entry["file"] for entry in json.loads(result.stdout)["files"]]
    whole = json.loads(gongkai("check", str(district), "--quiet", "--format", "json", check=False).stdout)
    assert sorted(seen) == sorted(entry["file"] for entry in whole["files"])
    assert len(seen) == len(set(seen))


def test_shard_summaries_merge_into_the_whole_batch(district, tmp_path, gongkai):
    """Two shards run apart and merged with gongkai summary list every file once, as one run does."""
    whole = tmp_path / "whole"
    gongkai("convert", str(district), "-o", str(whole), "--quiet", check=False)
    shards = []
    for k in (1, 2):
        folder = tmp_path / f"shard{k}"
        gongkai("convert", str(district), "-o", str(folder), "--shard", f"{k}/2", "--quiet", check=False)
        shards.append(str(folder))
    merged = tmp_path / "merged"
    merged.mkdir()
    result = gongkai("summary", *shards, "-o", str(merged), check=False)
    assert result.returncode == 2, result.stderr.decode()  # the district holds files that fail
    one = json.load(open(whole / "汇总.json", encoding="utf-8"))
    both = json.load(open(merged / "汇总.json", encoding="utf-8"))
    assert [e["file"] for e in both["files"]] == [e["file"] for e in one["files"]]
    assert both["summary"] == one["summary"]
    outputs = [e["output"] for e in both["files"] if e.get("output")]
    assert outputs and all(os.path.exists(path) for path in outputs)
    assert (merged / "汇总.xlsx").exists()
    overlap = gongkai("summary", shards[0], shards[0], "-o", str(merged), check=False)
    assert overlap.returncode == 2 and "重叠" in overlap.stderr.decode()
