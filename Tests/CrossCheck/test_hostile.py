"""Hostile and broken files fail quickly and cleanly: exit 2, a Chinese message, bounded memory,
no output file, nothing from an entity printed."""
import os
import subprocess
import sys
import time

import pytest

from conftest import ROOT, gongkai_binary

MAKER = os.path.join(ROOT, "Tests", "Fixtures", "make_hostile.py")
MEMORY_BOUND_MIB = 512
SECONDS = 30

NAMES = ["zip_bomb_blanks", "zip_bomb_elements", "zip_bomb_cells", "zip_bomb_rows_of_cells", "zip_bomb_shared_strings", "billion_laughs", "external_entity", "deep_nesting",
         "shared_string_out_of_range", "shared_string_negative", "malformed_reference", "duplicate_sheet_names",
         "missing_part", "truncated", "empty", "renamed_docx", "encrypted"]
# Legacy .xls: damaged containers (loops, sectors and streams beyond the file), what FreeXL would
# allocate or compute without bound (huge dimensions, string counts, date serials), refused kinds.
XLS_NAMES = ["xls_truncated", "xls_fat_loop", "xls_difat_loop", "xls_bad_directory", "xls_stream_beyond_file", "xls_huge_sst",
             "xls_huge_dimensions", "xls_repeated_dimensions", "xls_date_bomb", "xls_encrypted", "xls_excel95", "xls_no_sheets",
             "xls_long_record"]
FILES = [name + ".xlsx" for name in NAMES] + [name + ".xls" for name in XLS_NAMES]


@pytest.fixture(scope="session")
def hostile(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    subprocess.run([sys.executable, MAKER, str(folder)], check=True)
    return folder


def run(args, cwd):
    start = time.monotonic()
    result = subprocess.run(["/usr/bin/time", "-f", "%M", gongkai_binary(), *args], capture_output=True, cwd=cwd, timeout=SECONDS * 4)
    elapsed = time.monotonic() - start
    peak = int(result.stderr.decode().strip().splitlines()[-1]) / 1024
    return result, elapsed, peak


@pytest.mark.parametrize("file", FILES)
@pytest.mark.parametrize("command", ["convert", "dump"])
def test_hostile_file_fails_cleanly(hostile, tmp_path, file, command):
    source = hostile / file
    name = file.rsplit(".", 1)[0]
    args = ["convert", str(source), "-o", "out.xlsx"] if command == "convert" else ["dump", str(source)]
    result, elapsed, peak = run(args, tmp_path)
    stderr = result.stderr.decode()
    assert result.returncode == 2, stderr
    assert "错误" in stderr and name in stderr
    assert elapsed < SECONDS, f"took {elapsed:.1f} s"
    assert peak < MEMORY_BOUND_MIB, f"peak {peak:.0f} MiB"
    assert os.listdir(tmp_path) == []
    assert "root:" not in result.stdout.decode() + stderr


def test_huge_dimension_with_one_far_cell_stays_small(hostile, tmp_path):
    result, elapsed, peak = run(["dump", str(hostile / "huge_dimension.xlsx")], tmp_path)
    assert result.returncode == 0
    assert elapsed < SECONDS and peak < MEMORY_BOUND_MIB
    assert len(result.stdout) < 4 << 20
    result, _, _ = run(["convert", str(hostile / "huge_dimension.xlsx"), "-o", "out.xlsx"], tmp_path)
    assert result.returncode == 2 and "没有识别出" in result.stderr.decode()
    assert os.listdir(tmp_path) == []


def test_a_failed_write_leaves_the_existing_output_and_no_partial_file(tmp_path):
    blocked = tmp_path / "公开表.xlsx"
    blocked.mkdir()
    (blocked / "keep").write_text("previous", encoding="utf-8")
    result = subprocess.run([gongkai_binary(), "convert", os.path.join(ROOT, "examples", "seed-2023.json"), "-o", str(blocked)],
                            capture_output=True)
    assert result.returncode == 2
    assert "错误" in result.stderr.decode()
    assert (blocked / "keep").read_text(encoding="utf-8") == "previous"
    assert sorted(os.listdir(tmp_path)) == ["公开表.xlsx"]
