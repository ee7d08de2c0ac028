"""Shared helpers for the cross-checks: locate the built gongkai binary and the fixtures."""
import os
import subprocess

import pytest

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
FIXTURES = os.path.join(ROOT, "Tests", "XLSXTests", "Fixtures")


def gongkai_binary():
    configured = os.environ.get("GONGKAI_BIN")
    if configured:
        return os.path.abspath(configured)
    path = subprocess.run(["swift", "build", "--show-bin-path"], cwd=ROOT, check=True,
                          capture_output=True, text=True).stdout.strip()
    return os.path.join(path, "gongkai")


@pytest.fixture(scope="session")
def gongkai():
    binary = gongkai_binary()
    assert os.path.exists(binary), f"build gongkai first: {binary} is missing"

    def run(*args, check=True):
        result = subprocess.run([binary, *args], capture_output=True)
        if check and result.returncode != 0:
            raise AssertionError(f"gongkai {' '.join(args)} exited {result.returncode}: {result.stderr.decode()}")
        return result

    return run


def soffice():
    """LibreOffice's soffice; a test that needs it is skipped without it, except in CI where it must be installed."""
    import shutil
    path = shutil.which("soffice")
    if path is None:
        if os.environ.get("CI"):
            pytest.fail("LibreOffice (soffice) must be installed in CI")
        pytest.skip("LibreOffice not installed")
    return path
