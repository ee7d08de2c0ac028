"""A `gongkai serve` process on a free loopback port and a data folder, for the live tests."""
import os
import re
import signal
import subprocess
import time
import urllib.request

from conftest import gongkai_binary


class Server:
    def __init__(self, data, *args):
        self.process = subprocess.Popen([gongkai_binary(), "serve", "--port", "0", "--data", str(data), *args],
                                        stderr=subprocess.PIPE, text=True)
        line = self.process.stderr.readline()
        match = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        assert match, f"gongkai serve did not start: {line}{self.process.stderr.read() if self.process.poll() is not None else ''}"
        self.url = f"http://127.0.0.1:{match.group(1)}"

    def stop(self, timeout=20):
        """SIGTERM, as a service manager stops it; the exit code."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        return self.process.wait(timeout=timeout)

    def upload(self, name, data):
        """POSTs one file in field `file`; (status, seconds, answer bytes)."""
        boundary = "gongkai-load-boundary"
        body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\n"
                f"Content-Type: application/octet-stream\r\n\r\n").encode() + data + f"\r\n--{boundary}--\r\n".encode()
        request = urllib.request.Request(self.url + "/api/submissions", data=body, method="POST",
                                         headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})
        start = time.perf_counter()
        try:
            with urllib.request.urlopen(request, timeout=120) as response:
                return response.status, time.perf_counter() - start, response.read()
        except urllib.error.HTTPError as error:
            return error.code, time.perf_counter() - start, error.read()

    def get(self, path):
        with urllib.request.urlopen(self.url + path, timeout=60) as response:
            return response.read()
