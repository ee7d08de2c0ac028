"""gongkai serve as a process: it stops cleanly on SIGTERM, keeps every one of 200 uploads sent by 20
concurrent clients (printing the p50/p99 latency), and a hostile file among them leaves it up."""
import json
import os
import statistics
from concurrent.futures import ThreadPoolExecutor

import pytest

from conftest import ROOT
from server import Server

SEED_JSON = os.path.join(ROOT, "examples", "seed-2023.json")
EXAMPLE = os.path.join(ROOT, "examples", "部门决算报送-2023.xlsx")


def test_sigterm_stops_the_server_cleanly_and_the_ledger_is_kept(tmp_path):
    server = Server(tmp_path)
    status, _, _ = server.upload("部门决算报送-2023.xlsx", open(EXAMPLE, "rb").read())
    assert status == 201
    assert server.stop() == 0
    again = Server(tmp_path)
    try:
        listed = json.loads(again.get("/api/submissions"))["submissions"]
        assert [e["department"] for e in listed] == ["哈尔滨市平房区智慧城市发展中心"]
    finally:
        assert again.stop() == 0


def test_two_hundred_uploads_from_twenty_clients_all_land(tmp_path, capsys):
    seed = json.load(open(SEED_JSON, encoding="utf-8"))
    example = open(EXAMPLE, "rb").read()
    jobs = []
    for n in range(200):
        if n % 50 == 7:
            jobs.append((f"损坏{n}.xlsx", b"PK\x03\x04" + os.urandom(2000)))
        elif n % 4 == 0:
            jobs.append((f"部门{n % 40}.xlsx", example))
        else:
            document = dict(seed, department=f"测试单位{n % 40:02d}")
            jobs.append((f"部门{n % 40}.json", json.dumps(document, ensure_ascii=False).encode()))
    server = Server(tmp_path)
    try:
        with ThreadPoolExecutor(max_workers=20) as clients:
            results = list(clients.map(lambda job: server.upload(*job), jobs))
        assert [status for status, _, _ in results] == [201] * 200
        listed = json.loads(server.get("/api/submissions"))["submissions"]
        assert len(listed) == 200 and len({e["id"] for e in listed}) == 200
        assert sum(e["status"] == "unreadable" for e in listed) == 4
        versions = {}
        for entry in listed:
            if entry["department"]:
                versions.setdefault(entry["department"], []).append(entry["version"])
        assert all(sorted(v) == list(range(1, len(v) + 1)) for v in versions.values()), versions
        latencies = sorted(seconds for _, seconds, _ in results)
        p50, p99 = statistics.median(latencies), latencies[int(len(latencies) * 0.99) - 1]
        with capsys.disabled():
            print(f"\n200 uploads, 20 clients: p50 {p50 * 1000:.0f} ms, p99 {p99 * 1000:.0f} ms, slowest {latencies[-1] * 1000:.0f} ms")
    finally:
        assert server.stop() == 0
