"""The command line as a finance officer uses it: exit codes, Chinese messages, no partial output."""
import json
import os
import shutil
from pathlib import Path

import openpyxl
import pytest

from conftest import FIXTURES, ROOT
from figures import figures

SUBMISSIONS = os.path.join(ROOT, "Tests", "GongkaiTests", "Submissions")


@pytest.mark.parametrize("name, words", [
    ("encrypted.xlsx", "密码"),
])
def test_unreadable_input_exits_2_with_a_message_and_no_output(tmp_path, gongkai, name, words):
    output = tmp_path / "out.xlsx"
    result = gongkai("convert", os.path.join(FIXTURES, name), "-o", str(output), check=False)
    assert result.returncode == 2
    message = result.stderr.decode()
    assert words in message and name in message
    assert not output.exists()
    assert os.listdir(tmp_path) == []


def test_workbook_without_tables_exits_2(tmp_path, gongkai):
    output = tmp_path / "out.xlsx"
    result = gongkai("convert", os.path.join(FIXTURES, "xlsxwriter_1904.xlsx"), "-o", str(output), check=False)
    assert result.returncode == 2
    assert "没有识别出" in result.stderr.decode()
    assert not output.exists()


def test_output_equal_to_input_is_refused(tmp_path, gongkai):
    source = tmp_path / "in.xlsx"
    shutil.copy(os.path.join(SUBMISSIONS, "yuan_stacked.xlsx"), source)
    before = source.read_bytes()
    result = gongkai("convert", str(source), "-o", str(source), check=False)
    assert result.returncode != 0
    assert source.read_bytes() == before


def test_example_converts_with_report_and_json(tmp_path, gongkai):
    output, report, canonical = tmp_path / "公开表.xlsx", tmp_path / "report.json", tmp_path / "out.json"
    result = gongkai("convert", os.path.join(ROOT, "examples", "部门决算报送-2023.xlsx"), "-o", str(output),
                     "--report", str(report), "--json", str(canonical))
    assert "识别出 9 张表" in result.stderr.decode()
    document = json.load(open(report, encoding="utf-8"))
    assert {t["unit"] for t in document["tables"]} == {"万元"}
    assert not [f for f in document["findings"] if f["severity"] == "error"]
    assert all(m["source"]["sheet"] in ("收支", "财政拨款", "其他") for m in document["mapping"])
    assert not any(f["rule"] == "missing-table" for f in document["findings"])
    expected = json.load(open(os.path.join(SUBMISSIONS, "yuan_stacked.expected.json"), encoding="utf-8"))
    assert figures(json.load(open(canonical, encoding="utf-8"))) == figures(expected)
    workbook = openpyxl.load_workbook(output)
    assert workbook["公开01表"]["C7"].value == 1376.7


def test_help_teaches(gongkai):
    """Every subcommand explains itself in Chinese with examples, and lists its options."""
    for command in ([], ["convert"], ["check"], ["diff"], ["consolidate"], ["publish"], ["summary"], ["template"], ["dump"]):
        text = gongkai(*command, "--help").stdout.decode()
        assert "示例" in text and "gongkai " in text, command
        assert "USAGE" in text and "OPTIONS" in text, command
    assert "封面" in gongkai("template", "--help").stdout.decode()
    assert "退出码" in gongkai("convert", "--help").stdout.decode()


def test_outputs_on_one_path_or_an_unwritable_place_are_refused_before_any_work(tmp_path, gongkai):
    example = os.path.join(ROOT, "examples", "部门决算报送-2023.xlsx")
    same = tmp_path / "same.json"
    result = gongkai("convert", example, "-o", str(tmp_path / "out.xlsx"), "--json", str(same), "--report", str(same), check=False)
    assert result.returncode == 2 and "同一个文件" in result.stderr.decode()
    wrong = gongkai("convert", example, "-o", str(tmp_path / "out.xlsx"), "--report", str(tmp_path / "out.xlsx"), check=False)
    assert wrong.returncode == 2 and ".json" in wrong.stderr.decode()
    csv = gongkai("convert", example, "-o", str(tmp_path / "out.csv"), check=False)
    assert csv.returncode == 2 and ".xlsx" in csv.stderr.decode()
    missing = gongkai("convert", example, "-o", str(tmp_path / "out.xlsx"), "--json", str(tmp_path / "no" / "x.json"), check=False)
    assert missing.returncode == 2 and "不存在" in missing.stderr.decode()
    assert os.listdir(tmp_path) == []


def test_a_failure_while_writing_leaves_no_output_and_exits_2(tmp_path):
    """The report cannot be written (a file-size limit stands in for a full disk): exit 2 naming it,
    the workbook already written is not moved into place and the earlier file stays."""
    import resource
    import signal
    import subprocess
    from conftest import gongkai_binary

    def limit_file_size():
        resource.setrlimit(resource.RLIMIT_FSIZE, (100_000, 100_000))
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)

    example = os.path.join(ROOT, "examples", "部门决算报送-2023.xlsx")
    existing = tmp_path / "out.xlsx"
    existing.write_bytes(b"earlier")
    report = tmp_path / "report.json"
    result = subprocess.run([gongkai_binary(), "convert", example, "-o", str(existing), "--report", str(report)],
                            capture_output=True, preexec_fn=limit_file_size)
    message = result.stderr.decode()
    assert result.returncode == 2, message
    assert str(report) in message and "未写出" in message and "超过系统允许的大小" in message
    assert "Error" not in message and "[ERROR]" not in message
    assert existing.read_bytes() == b"earlier"
    assert os.listdir(tmp_path) == ["out.xlsx"]


def test_an_output_folder_that_cannot_take_a_file_is_refused_before_any_work(tmp_path, gongkai):
    example = os.path.join(ROOT, "examples", "部门决算报送-2023.xlsx")
    result = gongkai("convert", example, "-o", str(tmp_path / "out.xlsx"), "--json", "/proc/gongkai-test.json", check=False)
    message = result.stderr.decode()
    assert result.returncode == 2 and "/proc" in message and "用法错误" not in message
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize("args", [["convert"], ["convert", "x.xlsx"], ["convert", "x.xlsx", "-o", "y.xlsx", "--bogus"],
                                  ["check", "x.xlsx", "--format", "pdf"], ["nosuchcommand"], ["convert", "x", "-o", "y", "--table-unit", "6=美元"]])
def test_usage_errors_are_chinese_and_exit_2(gongkai, args):
    result = gongkai(*args, check=False)
    message = result.stderr.decode()
    assert result.returncode == 2
    assert "用法错误" in message and "--help" in message
    assert "Error:" not in message and "Missing" not in message and "Unknown" not in message


def _numbered_workbooks(folder, count):
    paths = []
    for index in range(count):
        path = folder / f"{index:02d}.xlsx"
        workbook = openpyxl.Workbook()
        workbook.active["A1"] = f"第{index}个"
        workbook.save(path)
        paths.append(str(path))
    return paths


@pytest.mark.parametrize("options_first", [True, False])
def test_a_long_list_of_files_is_read_whole_and_in_order(tmp_path, gongkai, options_first):
    # More files than the argument parser is shown at once: every one is read, in the order given.
    files = _numbered_workbooks(tmp_path, 40)
    # Either the option comes first, or it stands between the first file and the rest.
    args = ["dump", "--format", "tsv", *files] if options_first else ["dump", files[0], "--format", "tsv", *files[1:]]
    lines = gongkai(*args).stdout.decode().splitlines()
    assert [line for line in lines if line.startswith("== ")] == [f"== {path} ==" for path in files]
    assert [line for line in lines if line.startswith("第")] == [f"第{index}个" for index in range(40)]


def test_an_output_among_a_long_list_of_inputs_is_refused(tmp_path, gongkai):
    # The check that an output is not an input sees the whole list, not only what the parser saw.
    inputs = _numbered_workbooks(tmp_path, 30)
    before = Path(inputs[-1]).read_bytes()
    result = gongkai("consolidate", "-o", inputs[-1], "--department", "某局", *inputs, check=False)
    assert result.returncode == 2 and "输出文件不能与输入文件相同" in result.stderr.decode()
    assert Path(inputs[-1]).read_bytes() == before
