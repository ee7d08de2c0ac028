"""Mutations of a real submission — values, names, codes, bytes and XML — for the mutation run of
issue 11 and its test. Each variant is a whole .xlsx file; none may make gongkai die by a signal, hang,
grow past 512 MiB, or write a workbook that openpyxl cannot open.

Run from the repository root for the full run (the counts go in the closing note):
    python3 Tests/Fixtures/mutate.py [COUNT] [WORKDIR]
"""
import io
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
import zipfile

import openpyxl

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
EXAMPLE = os.path.join(ROOT, "examples", "部门决算报送-2023.xlsx")

VALUES = [9.3e15, 1e300, -1e300, 1e-300, 5e-324, "12345678901234567890", "1 234,56", "12,34", "1,234.56", "0x10",
          1000 / 3, 20_000_000_000 + 1 / 3, "(1,000.00)", "－１２３．４", "—", "", True, "#DIV/0!", "=1/0", "=SUM(A1:A3)",
          "=VLOOKUP(1,A1:B2,2)", -0.0, float("inf"), 2 ** 63, "1e5", "１２,３４５．６", "¥1,234.00"]
NAMES = ["\x01控制字符单位", "." * 3, "..", ".bashrc", "汇总", "a/b\\c:d*e?", "单" * 300, "长" * 40000, " ", "NUL\x00单位",
         "_x0001_单位", "\ufffe单位"]
CODES = [1e300, "2010350 事业运行", "abc", 99999999999, "", "合计", "20１０３", -201]


def cells(workbook):
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                yield sheet, cell


def mutate_workbook(rng, kind):
    workbook = openpyxl.load_workbook(EXAMPLE)
    everything = list(cells(workbook))
    if kind == "value":
        numbers = [cell for _, cell in everything if isinstance(cell.value, float)]
        for cell in rng.sample(numbers, rng.randint(1, 3)):
            cell.value = rng.choice(VALUES)
    elif kind == "name":
        name = rng.choice(NAMES)
        for _, cell in everything:
            if isinstance(cell.value, str) and cell.value.startswith("编制单位："):
                cell.value = "编制单位：" + "CTRLMARK" + name.replace("\x00", "").replace("\x01", "").replace("\ufffe", "")
    elif kind == "code":
        codes = [cell for _, cell in everything if isinstance(cell.value, int) and 100 <= cell.value < 10_000_000]
        for cell in rng.sample(codes, rng.randint(1, 2)):
            cell.value = rng.choice(CODES)
    buffer = io.BytesIO()
    try:
        workbook.save(buffer)
    except Exception:  # openpyxl refuses some values (illegal characters): keep the file as it was
        return open(EXAMPLE, "rb").read()
    data = buffer.getvalue()
    if kind == "name":
        data = edit_xml(data, lambda xml: xml.replace(b"CTRLMARK", rng.choice([b"_x0001_", b"_x001F_", b""])))
    return data


def edit_xml(data, change):
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename.endswith(".xml"):
                content = change(content)
            target.writestr(item, content)
    return buffer.getvalue()


def mutate_xml(rng):
    data = open(EXAMPLE, "rb").read()
    edits = [
        lambda xml: re.sub(rb"<v>(\d+)\.(\d+)</v>", rb"<v>\1,\2</v>", xml, count=rng.randint(1, 3)),
        lambda xml: re.sub(rb"<v>(\d+)</v>", rb"<v>0x\1</v>", xml, count=1),
        lambda xml: re.sub(rb"<v>([^<]*)</v>", rb"<v>\1</v><v>9</v>", xml, count=1),
        lambda xml: re.sub(rb"<c ([^>]*)><v>([^<]*)</v></c>", rb"<c \1><f>SUM(A1:A2)</f></c>", xml, count=rng.randint(1, 5)),
        lambda xml: xml.replace(b"<sheetData>", b"<sheetData><row r=\"1048577\"/>", 1),
        lambda xml: re.sub(rb"r=\"([A-Z]+)(\d+)\"", rb"r=\"\1\2\2\"", xml, count=1),
        lambda xml: xml[: len(xml) // 2],
    ]
    return edit_xml(data, rng.choice(edits))


def mutate_bytes(rng):
    data = bytearray(open(EXAMPLE, "rb").read())
    if rng.random() < 0.5:
        return bytes(data[: rng.randint(0, len(data))])
    for _ in range(rng.randint(1, 20)):
        data[rng.randrange(len(data))] = rng.randrange(256)
    return bytes(data)


def variant(rng):
    kind = rng.choice(["value", "value", "name", "code", "xml", "bytes"])
    if kind == "xml":
        return kind, mutate_xml(rng)
    if kind == "bytes":
        return kind, mutate_bytes(rng)
    return kind, mutate_workbook(rng, kind)


def run_one(binary, path, work):
    output = os.path.join(work, "out.xlsx")
    report = os.path.join(work, "report.json")
    for leftover in (output, report):
        if os.path.exists(leftover):
            os.remove(leftover)
    start = time.monotonic()
    result = subprocess.run(["/usr/bin/time", "-f", "%M", binary, "convert", path, "-o", output, "--report", report],
                            capture_output=True, timeout=120)
    elapsed = time.monotonic() - start
    lines = result.stderr.decode(errors="replace").strip().splitlines()
    peak = int(lines[-1]) / 1024 if lines and lines[-1].isdigit() else 0.0
    opened = True
    if os.path.exists(output):
        try:
            openpyxl.load_workbook(output)
        except Exception:
            opened = False
    return {"exit": result.returncode, "seconds": elapsed, "peak_mib": peak, "output": os.path.exists(output), "opens": opened,
            "message": "\n".join(lines[:-1])}


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    work = sys.argv[2] if len(sys.argv) > 2 else tempfile.mkdtemp()
    binary = os.environ.get("GONGKAI_BIN", os.path.join(ROOT, ".build", "release", "gongkai"))
    rng = random.Random(11)
    folder = os.path.join(work, "variants")
    os.makedirs(folder, exist_ok=True)
    counts, kinds, worst = {}, {}, {"seconds": 0, "peak_mib": 0}
    bad = []
    for index in range(count):
        kind, data = variant(rng)
        path = os.path.join(folder, f"{index:04d}-{kind}.xlsx")
        open(path, "wb").write(data)
        outcome = run_one(binary, path, work)
        counts[outcome["exit"]] = counts.get(outcome["exit"], 0) + 1
        kinds.setdefault(kind, {}).setdefault(outcome["exit"], 0)
        kinds[kind][outcome["exit"]] += 1
        worst = {key: max(worst[key], outcome[key]) for key in worst}
        if outcome["exit"] not in (0, 1, 2) or not outcome["opens"] or any(w in outcome["message"] for w in ("Error", "error:", "Fatal")):
            bad.append((path, outcome))
    start = time.monotonic()
    batch = subprocess.run([binary, "convert", folder, "-o", os.path.join(work, "batch"), "--quiet"], capture_output=True)
    summary = json.load(open(os.path.join(work, "batch", "汇总.json"), encoding="utf-8"))
    print(json.dumps({"variants": count, "exit_codes": counts, "by_kind": kinds, "max_seconds": round(worst["seconds"], 2),
                      "max_peak_mib": round(worst["peak_mib"], 1), "bad": [b[0] for b in bad],
                      "batch": {"exit": batch.returncode, "seconds": round(time.monotonic() - start, 1),
                                "listed": len(summary["files"]), **summary["summary"]}}, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
