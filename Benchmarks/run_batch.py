"""Batch and writer benchmark: gongkai convert DIR beside a Python pipeline, and Gongkai's writer
beside libxlsxwriter called from C, in one run.

Usage: python3 Benchmarks/run_batch.py [WORKDIR] [--runs N]
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time

from environment import describe

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))


def measure(command, runs, before=None):
    times, peaks = [], []
    for _ in range(runs):
        if before:
            before()
        start = time.perf_counter()
        result = subprocess.run(["/usr/bin/time", "-f", "%M", *command], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        times.append(time.perf_counter() - start)
        if result.returncode not in (0, 1):
            raise SystemExit(f"failed ({result.returncode}): {' '.join(command[:3])}: {result.stderr[-400:]}")
        peaks.append(int(result.stderr.strip().splitlines()[-1]))
    return statistics.median(times), max(peaks) / 1024


def table(title, rows):
    base = rows[0][1]
    print(f"\n{title}")
    print(f"{'run':40} {'seconds':>8} {'x first':>8} {'peak MiB':>9}")
    for name, seconds, peak in rows:
        print(f"{name:40} {seconds:8.2f} {seconds / base:8.2f} {peak:9.0f}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("work", nargs="?", default="/tmp/gongkai-batch-bench")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    describe()
    inputs = os.path.join(args.work, "in")
    if not os.path.isdir(inputs):
        subprocess.run([sys.executable, os.path.join(ROOT, "Benchmarks", "generate_batch.py"), inputs, "1000"], check=True)
    # The web server is not benchmarked here: built without it, in a folder of its own (see Package.swift).
    subprocess.run(["swift", "build", "-c", "release", "--scratch-path", ".build-bench"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL,
                   env=dict(os.environ, GONGKAI_WITHOUT_SERVER="1"))
    binary = os.path.join(ROOT, ".build-bench", "release")
    outputs = os.path.join(args.work, "out")
    clean = lambda: shutil.rmtree(outputs, ignore_errors=True)
    cores = str(os.cpu_count() or 1)
    peer_pipeline = [sys.executable, os.path.join(ROOT, "Benchmarks", "batch_peer.py"), inputs, outputs]
    rows = [
        (f"gongkai convert DIR ({cores} cores: read, map, check, write)", *measure([f"{binary}/gongkai", "convert", inputs, "-o", outputs, "--quiet"], args.runs, clean)),
        ("gongkai convert DIR --jobs 1", *measure([f"{binary}/gongkai", "convert", inputs, "-o", outputs, "--quiet", "--jobs", "1"], args.runs, clean)),
        (f"python-calamine + XlsxWriter, {cores} processes", *measure([*peer_pipeline, "--jobs", cores], args.runs, clean)),
        ("python-calamine + XlsxWriter, 1 process", *measure(peer_pipeline, args.runs, clean)),
        ("gongkai consolidate DIR (read and check each, add, check, write tables and 明细)",
         *measure([f"{binary}/gongkai", "consolidate", inputs, "-o", os.path.join(args.work, "consolidated.xlsx"), "--department", "测试区"],
                  args.runs)),
    ]
    table("1,000 small submissions end to end (median)", rows)
    peer = os.path.join(args.work, "writer_peer")
    subprocess.run(["gcc", "-O2", os.path.join(ROOT, "Benchmarks", "writer_peer.c"), "-o", peer, "-lxlsxwriter"], check=True)
    sheet = os.path.join(args.work, "sheet.xlsx")
    # The C peer writes its scratch parts where Gongkai's writer does (WorkbookWriter.scratchFolder).
    scratch = ["--tmpdir", "/dev/shm"] if os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK) else []
    rows = [
        ("gongkai writer 200,000 x 10", *measure([f"{binary}/gongkai-writer-benchmark", sheet], args.runs)),
        ("libxlsxwriter from C, same scratch folder", *measure([peer, sheet, *scratch], args.runs)),
        ("gongkai writer, constant memory", *measure([f"{binary}/gongkai-writer-benchmark", sheet, "--constant-memory"], args.runs)),
        ("libxlsxwriter from C, constant memory, same scratch", *measure([peer, sheet, "--constant-memory", *scratch], args.runs)),
    ]
    table("Writing one 200,000 x 10 sheet (median)", rows)


if __name__ == "__main__":
    main()
