"""A small mutation run of issue 11 (values, names, codes, bytes, XML): no signal, exit 0/1/2, bounded
time and memory, no English library message, and every workbook written opens in openpyxl; then the
whole corpus as one batch lists every file."""
import json
import os
import random
import subprocess
import sys

from conftest import ROOT, gongkai_binary

sys.path.insert(0, os.path.join(ROOT, "Tests", "Fixtures"))
import mutate  # noqa: E402


def test_a_mutation_run_never_kills_the_process_or_writes_an_unreadable_workbook(tmp_path):
    rng = random.Random(2026)
    folder = tmp_path / "variants"
    folder.mkdir()
    for index in range(36):
        kind, data = mutate.variant(rng)
        path = folder / f"{index:02d}-{kind}.xlsx"
        path.write_bytes(data)
        outcome = mutate.run_one(gongkai_binary(), str(path), str(tmp_path))
        assert outcome["exit"] in (0, 1, 2), (path.name, outcome)
        assert outcome["opens"], path.name
        assert outcome["seconds"] < 60 and outcome["peak_mib"] < 512, (path.name, outcome)
        assert not any(word in outcome["message"] for word in ("Error", "error:", "Fatal", "[ERROR]")), (path.name, outcome["message"])
    batch = subprocess.run([gongkai_binary(), "convert", str(folder), "-o", str(tmp_path / "batch"), "--quiet"], capture_output=True)
    assert batch.returncode in (1, 2)
    summary = json.load(open(tmp_path / "batch" / "汇总.json", encoding="utf-8"))
    assert len(summary["files"]) == 36
    for name in os.listdir(tmp_path / "batch"):
        if name.endswith(".xlsx"):
            import openpyxl
            openpyxl.load_workbook(tmp_path / "batch" / name)
