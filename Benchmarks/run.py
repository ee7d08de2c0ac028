"""Reader benchmark: gongkai dump against python-calamine, fastexcel and openpyxl, in one run.

Usage: python3 Benchmarks/run.py [DATADIR] [--runs N]
Generates the inputs with generate.py when DATADIR lacks them, builds gongkai in
release mode, then times each reader on (a) one 200,000 x 10 sheet and (b) 1,000
small nine-sheet submissions read in one process, and prints medians, ratios to
gongkai, and peak memory (maximum resident set size). `unzip -p` of the same
parts gives the inflate floor. Last, inflate_peers.c decompresses the small files'
parts with zlib and with libdeflate, the measurement behind the reader's choice.
"""
import argparse
import glob
import os
import statistics
import subprocess
import sys
import time

from environment import describe

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))


def measure(command, runs):
    times, peaks = [], []
    for _ in range(runs):
        start = time.perf_counter()
        result = subprocess.run(["/usr/bin/time", "-f", "%M", *command],
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        times.append(time.perf_counter() - start)
        if result.returncode != 0:
            raise SystemExit(f"failed: {' '.join(command[:3])}...: {result.stderr[-500:]}")
        peaks.append(int(result.stderr.strip().splitlines()[-1]))
    return statistics.median(times), max(peaks) / 1024


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("data", nargs="?", default=os.path.join(ROOT, "Benchmarks", "data"))
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    describe()
    large = os.path.join(args.data, "large.xlsx")
    if not os.path.exists(large):
        subprocess.run([sys.executable, os.path.join(ROOT, "Benchmarks", "generate.py"), args.data], check=True)
    small = sorted(glob.glob(os.path.join(args.data, "small", "*.xlsx")))
    if len(glob.glob(os.path.join(args.data, "small-xls", "*.xls"))) != len(small):
        subprocess.run([sys.executable, os.path.join(ROOT, "Benchmarks", "generate.py"), args.data, "--xls-only"], check=True)
    small_xls = sorted(glob.glob(os.path.join(args.data, "small-xls", "*.xls")))
    subprocess.run(["swift", "build", "-c", "release", "--product", "gongkai", "--scratch-path", ".build-bench"], cwd=ROOT, check=True,
                   env=dict(os.environ, GONGKAI_WITHOUT_SERVER="1"),
                   stdout=subprocess.DEVNULL)
    gongkai = os.path.join(ROOT, ".build-bench", "release", "gongkai")
    peers = os.path.join(ROOT, "Benchmarks", "peers.py")
    cases = [("large sheet 200,000 x 10", [large]), (f"{len(small)} small submissions", small),
             (f"{len(small_xls)} small submissions saved as .xls", small_xls)]
    for title, files in cases:
        legacy = files[0].endswith(".xls")
        rows = [
            ("gongkai dump", [gongkai, "dump", *files]),
            ("fastexcel", [sys.executable, peers, "fastexcel", *files]),
            ("python-calamine", [sys.executable, peers, "calamine", *files]),
            ("openpyxl read-only", [sys.executable, peers, "openpyxl", *files]),
            ("inflate floor (unzip -p)", ["sh", "-c", "for f in \"$@\"; do unzip -p \"$f\" 'xl/*.xml'; done",
                                          "floor", *files]),
        ]
        if legacy:  # openpyxl and unzip have no .xls counterpart
            rows = rows[:3]
        results = [(name, *measure(command, args.runs)) for name, command in rows]
        base = results[0][1]
        print(f"\n{title} (median of {args.runs})")
        print(f"{'reader':28} {'seconds':>8} {'x gongkai':>10} {'peak MiB':>9}")
        for name, seconds, peak in results:
            print(f"{name:28} {seconds:8.2f} {seconds / base:10.2f} {peak:9.0f}")
    inflate_peers = os.path.join(args.data, "inflate_peers")
    subprocess.run(["gcc", "-O2", os.path.join(ROOT, "Benchmarks", "inflate_peers.c"), "-o", inflate_peers, "-lzip", "-lz", "-ldeflate"],
                   check=True)
    print("\nDecompressing the small submissions' parts with their CRC-32, one thread (best of 5)")
    subprocess.run([inflate_peers, *small], check=True)


if __name__ == "__main__":
    main()
