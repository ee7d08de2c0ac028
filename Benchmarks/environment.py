"""What a benchmark ran on, printed before its tables: the peers' speed moves with their versions
and with the machine as much as Gongkai's does, so a result is only comparable with its setting."""
import importlib.metadata
import os
import platform
import subprocess

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))


def _output(command):
    try:
        return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def _cpu():
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            return next((line.split(":", 1)[1].strip() for line in info if line.startswith("model name")), platform.processor())
    except OSError:
        return platform.processor() or "unknown"


def describe():
    """Prints the commit, the machine and the versions of the peers."""
    packages = []
    for name in ("python-calamine", "fastexcel", "openpyxl", "xlsxwriter"):
        try:
            packages.append(f"{name} {importlib.metadata.version(name)}")
        except importlib.metadata.PackageNotFoundError:
            packages.append(f"{name} not installed")
    print(f"commit {_output(['git', 'rev-parse', '--short', 'HEAD'])}; {_cpu()}, {os.cpu_count()} cores")
    print(f"Python {platform.python_version()}: {', '.join(packages)}; libxlsxwriter-dev {_output(['dpkg-query', '-W', '-f=${Version}', 'libxlsxwriter-dev'])}")
