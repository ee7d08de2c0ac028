"""A batch always finishes its account: a file that crashes the converter is recorded as failed while
every other file is converted, and a batch killed with kill -9 is completed by running it again, with
no temporary file left behind."""
import json
import os
import shutil
import signal
import subprocess
import time

from conftest import ROOT, gongkai_binary

EXAMPLE = os.path.join(ROOT, "examples", "部门决算报送-2023.xlsx")


def folder_of(tmp_path, count, crash=None):
    folder = tmp_path / "in"
    folder.mkdir()
    for index in range(count):
        shutil.copy(EXAMPLE, folder / f"部门{index:03d}.xlsx")
    if crash:
        shutil.copy(EXAMPLE, folder / crash)
    return folder


def leftovers(output):
    return [name for name in os.listdir(output) if name.endswith(".tmp") or name.startswith(".gongkai")]


def test_a_crash_on_one_file_fails_that_file_and_converts_the_rest(tmp_path):
    folder = folder_of(tmp_path, 6, crash="会崩溃的文件.xlsx")
    output = tmp_path / "out"
    environment = dict(os.environ, GONGKAI_FAULT_CRASH="会崩溃")
    result = subprocess.run([gongkai_binary(), "convert", str(folder), "-o", str(output)], env=environment, capture_output=True)
    assert result.returncode == 2, result.stderr.decode()
    summary = json.load(open(output / "汇总.json", encoding="utf-8"))
    files = {entry["file"]: entry for entry in summary["files"]}
    assert len(files) == 7
    crashed = files["会崩溃的文件.xlsx"]
    assert crashed["status"] == "failed" and "异常终止" in crashed["message"]
    assert all(entry["status"] == "converted" for name, entry in files.items() if name != "会崩溃的文件.xlsx")
    assert len([name for name in os.listdir(output) if name.endswith(".xlsx")]) == 7
    assert leftovers(output) == []


def test_a_batch_killed_with_kill_9_is_completed_by_the_rerun(tmp_path):
    folder = folder_of(tmp_path, 60)
    output = tmp_path / "out"
    journal = output / ".gongkai-journal.jsonl"
    process = subprocess.Popen([gongkai_binary(), "convert", str(folder), "-o", str(output), "--quiet"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    while time.time() < deadline:
        if journal.exists() and journal.read_text(encoding="utf-8").count('"finish"') >= 5:
            break
        time.sleep(0.05)
    assert process.poll() is None, "the batch ended before it could be killed"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    time.sleep(2)
    finished_before = journal.read_text(encoding="utf-8").count('"finish"')
    assert 5 <= finished_before < 60, "the worker stops soon after its supervisor is killed"
    assert not (output / "汇总.json").exists()
    rerun = subprocess.run([gongkai_binary(), "convert", str(folder), "-o", str(output), "--quiet"], capture_output=True)
    assert rerun.returncode == 0, rerun.stderr.decode()
    summary = json.load(open(output / "汇总.json", encoding="utf-8"))
    assert len(summary["files"]) == 60 and summary["summary"]["converted"] == 60
    outputs = [entry["output"] for entry in summary["files"]]
    assert len(set(outputs)) == 60 and all((output / name).exists() for name in outputs)
    assert leftovers(output) == []
