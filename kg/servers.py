"""Start and stop real triple-store servers on 127.0.0.1 (tests, benchmarks, trying kg load).

Oxigraph comes from the ``oxigraph`` package on PyPI (its ``oxigraph`` command);
Virtuoso from Debian's ``virtuoso-opensource`` (``virtuoso-t``), started in the
foreground with its database in a folder of our own and both ports on loopback.
"""
from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Optional

VIRTUOSO_INI = Path("/etc/virtuoso-opensource-7/virtuoso.ini")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def oxigraph_command() -> Optional[str]:
    """The oxigraph server binary (installed beside our Python, or on PATH)."""
    here = Path(sys.executable).parent / "oxigraph"
    return str(here) if here.exists() else shutil.which("oxigraph")


def _wait(url: str, process: subprocess.Popen, seconds: float, log: Path) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode}: {log.read_text(errors='replace')[-500:]}")
        try:
            urllib.request.urlopen(url, timeout=2).read()
            return
        except Exception:
            time.sleep(0.2)
    raise RuntimeError(f"server not up after {seconds:.0f} s: {url}")


class Server:
    """A running server process; ``stop()`` (or the context manager) ends it."""

    def __init__(self, process: subprocess.Popen, base: str, kind: str, data: Path, **extra):
        self.process, self.base, self.kind, self.data, self.extra = process, base, kind, data, extra

    def kill(self) -> None:
        """Kill at once (SIGKILL), as a crash would."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(timeout=30)

    def stop(self) -> None:
        if self.process.poll() is not None:
            return
        if self.kind == "virtuoso" and shutil.which("isql-vt"):
            subprocess.run(["isql-vt", f"127.0.0.1:{self.extra['isql_port']}", "dba", "dba", "exec=shutdown;"],
                           capture_output=True, timeout=60)
            try:
                self.process.wait(timeout=30)
                return
            except subprocess.TimeoutExpired:
                pass
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.kill()

    def __enter__(self) -> "Server":
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


def start_oxigraph(data: Path, port: Optional[int] = None) -> Server:
    command = oxigraph_command()
    if command is None:
        raise RuntimeError("the oxigraph server is not installed: pip install oxigraph")
    port = port or free_port()
    data.mkdir(parents=True, exist_ok=True)
    log = data.parent / f"{data.name}.log"
    process = subprocess.Popen([command, "serve", "--location", str(data), "--bind", f"127.0.0.1:{port}"],
                               stdout=open(log, "wb"), stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    _wait(f"{base}/query?query=ASK%7B%7D", process, 30, log)
    return Server(process, base, "oxigraph", data, port=port)


def start_virtuoso(data: Path) -> Server:
    """Virtuoso with a fresh database in ``data`` (first start takes ~10 s); dba/dba."""
    if shutil.which("virtuoso-t") is None or not VIRTUOSO_INI.exists():
        raise RuntimeError("Virtuoso is not installed: apt-get install virtuoso-opensource")
    data.mkdir(parents=True, exist_ok=True)
    isql_port, http_port = free_port(), free_port()
    ini = VIRTUOSO_INI.read_text()
    ini = re.sub(r"/var/lib/virtuoso-opensource-7/db", str(data), ini)
    ini = re.sub(r"(?m)^(\[Parameters\][^\[]*?ServerPort\s*=\s*)\d+", rf"\g<1>127.0.0.1:{isql_port}", ini, count=1)
    ini = re.sub(r"(?m)^(\[HTTPServer\][^\[]*?ServerPort\s*=\s*)\d+", rf"\g<1>127.0.0.1:{http_port}", ini, count=1)
    ini = re.sub(r"(?m)^DirsAllowed\s*=.*$", f"DirsAllowed = ., {data}, /usr/share/virtuoso-opensource-7/vad", ini)
    (data / "virtuoso.ini").write_text(ini)
    log = data / "stdout.log"
    process = subprocess.Popen(["virtuoso-t", "+configfile", str(data / "virtuoso.ini"), "+foreground"],
                               cwd=str(data), stdout=open(log, "wb"), stderr=subprocess.STDOUT,
                               env={**os.environ, "HOME": str(data)})
    base = f"http://127.0.0.1:{http_port}"
    _wait(f"{base}/sparql?query=ASK%7B%7D", process, 120, log)
    return Server(process, base, "virtuoso", data, isql_port=isql_port, port=http_port)


class DaskCluster:
    """A Dask scheduler and workers as separate processes on 127.0.0.1; ``stop()`` ends them all."""

    def __init__(self, scheduler: subprocess.Popen, scheduler_file: Path, folder: Path):
        self.scheduler, self.scheduler_file, self.folder = scheduler, scheduler_file, folder
        self.workers: list[subprocess.Popen] = []

    @property
    def address(self) -> str:
        import json
        return json.loads(self.scheduler_file.read_text())["address"]

    def add_worker(self) -> subprocess.Popen:
        """One more worker: one thread, no nanny (a killed worker stays dead, as a lost machine),
        run from its own folder (so that a relative input path would not resolve there)."""
        n = len(self.workers)
        home = self.folder / f"worker-{n}"
        home.mkdir(parents=True, exist_ok=True)
        process = subprocess.Popen([_dask_command(), "worker", "--scheduler-file", str(self.scheduler_file),
                                    "--nthreads", "1", "--no-nanny", "--no-dashboard", "--host", "127.0.0.1",
                                    "--name", f"kg-worker-{n}", "--local-directory", str(home)],
                                   cwd=str(home), stdout=open(self.folder / f"worker-{n}.log", "wb"),
                                   stderr=subprocess.STDOUT)
        self.workers.append(process)
        return process

    def wait_for_workers(self, count: int, seconds: float = 90) -> None:
        from distributed import Client
        with Client(scheduler_file=str(self.scheduler_file), timeout="30s", set_as_default=False) as client:
            client.wait_for_workers(count, timeout=seconds)

    def kill_worker(self, index: int) -> None:
        """SIGKILL one worker, as a machine lost mid-build."""
        process = self.workers[index]
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            process.wait(timeout=30)

    def stop(self) -> None:
        for process in self.workers + [self.scheduler]:
            if process.poll() is None:
                process.terminate()
        for process in self.workers + [self.scheduler]:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)

    def __enter__(self) -> "DaskCluster":
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


def _dask_command() -> str:
    here = Path(sys.executable).parent / "dask"
    found = str(here) if here.exists() else shutil.which("dask")
    if found is None:
        raise RuntimeError("Dask is not installed: pip install 'dask[distributed]'")
    return found


def start_dask(folder: Path, workers: int = 2) -> DaskCluster:
    """``dask scheduler`` on a free port of 127.0.0.1 (its address in a scheduler file) and
    ``workers`` one-thread workers, all separate processes; returns when the workers have joined."""
    command = _dask_command()
    folder.mkdir(parents=True, exist_ok=True)
    scheduler_file = folder / "scheduler.json"
    process = subprocess.Popen([command, "scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
                                "--scheduler-file", str(scheduler_file)], cwd=str(folder),
                               stdout=open(folder / "scheduler.log", "wb"), stderr=subprocess.STDOUT)
    cluster = DaskCluster(process, scheduler_file, folder)
    try:
        deadline = time.monotonic() + 60
        while not scheduler_file.exists():
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"dask scheduler did not start: {(folder / 'scheduler.log').read_text()[-500:]}")
            time.sleep(0.2)
        for _ in range(workers):
            cluster.add_worker()
        cluster.wait_for_workers(workers)
    except BaseException:
        cluster.stop()
        raise
    return cluster
