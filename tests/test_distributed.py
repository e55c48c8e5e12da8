"""More than one machine: a real Dask scheduler and two workers (separate processes on 127.0.0.1),
shards, a real Oxigraph to load them into, and the merge on the server.

Whatever runs the build (one process, --jobs 2, the Dask cluster, a cluster that loses a worker
midway), the quads are the same: the tests compare them with a serial store build, quad for quad,
and the shards byte for byte. Every process started here is stopped by its fixture.
"""
import gzip
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.pipeline import build
from kg.servers import start_dask, start_oxigraph
from kg.shards import MANIFEST, shard_files, store_of_shards

from conftest import EVAL, SEEDS

KG = str(Path(sys.executable).parent / "kg")
SYNTH = Path(__file__).parent / "data" / "synth"
INPUTS = [str(SEEDS), str(EVAL / "dev2" if (EVAL / "dev2").is_dir() else SYNTH)]


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    with start_dask(tmp_path_factory.mktemp("dask"), workers=2) as running:
        yield running


@pytest.fixture(scope="module")
def reference() -> set[ox.Quad]:
    """The serial build of INPUTS: what every other way of building must give."""
    return set(build(INPUTS, validate=False, jobs=1).store.store)


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def _kg(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([KG, *args], capture_output=True, text=True, timeout=600)


def test_serial_jobs_2_and_dask_give_the_same_quads(cluster, reference, tmp_path):
    dask, local = tmp_path / "dask", tmp_path / "local"
    ran = _kg("build", *INPUTS, "--shards", str(dask), "--scheduler", str(cluster.scheduler_file),
              "--files-per-shard", "8", "--no-validate")
    assert ran.returncode == 0, ran.stderr
    assert set(store_of_shards(str(dask))) == reference
    ran = _kg("build", *INPUTS, "--shards", str(local), "--jobs", "2", "--files-per-shard", "8", "--no-validate")
    assert ran.returncode == 0, ran.stderr
    assert _files(dask) == _files(local)  # the same bytes, shard for shard
    # without --shards the cluster's articles stream into the store (here: --out files)
    ran = _kg("build", *INPUTS, "--scheduler", cluster.address, "--out", str(tmp_path / "out"), "--no-validate")
    assert ran.returncode == 0, ran.stderr
    out = ox.Store()
    out.load(path=str(tmp_path / "out" / "graph.trig"), format=ox.RdfFormat.TRIG)
    assert set(out) == reference and len(reference) > 8_000


def test_a_shard_holds_its_articles_as_the_store_does(cluster, tmp_path):
    folder = tmp_path / "shards"
    result = CliRunner().invoke(main, ["build", str(SEEDS), "--shards", str(folder), "--files-per-shard", "2",
                                       "--scheduler", str(cluster.scheduler_file)])
    assert result.exit_code == 0, result.output
    assert "5 articles" in result.stdout and "0 violations" in result.stdout  # validated on the workers
    assert sorted(p.name for p in folder.iterdir()) == [MANIFEST, "part-00000.nq.gz", "part-00001.nq.gz",
                                                        "part-00002.nq.gz", "provenance.nq.gz"]
    lines = gzip.decompress((folder / "part-00000.nq.gz").read_bytes()).decode().splitlines()
    assert lines == sorted(lines) and all(line.endswith(" .") for line in lines)
    assert sum("wasGeneratedBy" in line for line in lines) == 2  # two articles, each linked to its build
    assert len({line.rsplit(" ", 2)[-2] for line in lines}) == 2  # in two named graphs


def test_a_bad_file_is_a_warning_not_a_lost_batch(cluster, tmp_path):
    feed = tmp_path / "feed"
    feed.mkdir()
    (feed / "a.txt").write_text("Norway and Chile signed a fisheries agreement in Oslo on 3 May 2021.")
    (feed / "b.txt").write_bytes(b"")
    (feed / "c.txt").write_bytes(b"\x00\x01binary\x00")
    (feed / "d.txt").write_text("Peru and Ghana signed a trade agreement in Lima on 4 June 2022.")
    ran = _kg("build", str(feed), "--shards", str(tmp_path / "shards"), "--scheduler", cluster.address)
    assert ran.returncode == 0, ran.stderr
    assert "2 articles" in ran.stdout and "2 skipped" in ran.stdout
    warnings = [line for line in ran.stderr.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 2 and "b.txt: empty file" in warnings[0] and "c.txt" in warnings[1]
    assert "Traceback" not in ran.stderr


def test_a_worker_killed_mid_build_loses_nothing(reference, tmp_path):
    """SIGKILL one of two workers while the build runs: the scheduler runs its batches again on
    the other, and the shards are those of an undisturbed build, byte for byte."""
    with start_dask(tmp_path / "cluster", workers=2) as cluster:
        folder = tmp_path / "shards"
        build_process = subprocess.Popen([KG, "build", *INPUTS, "--shards", str(folder), "--files-per-shard", "1",
                                          "--scheduler", str(cluster.scheduler_file), "--no-validate", "-q"],
                                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            deadline = time.monotonic() + 120
            while not (folder.is_dir() and any(p.name.startswith("part-") for p in folder.iterdir())):
                assert build_process.poll() is None, build_process.communicate()
                assert time.monotonic() < deadline, "no shard after 120 s"
                time.sleep(0.05)
            assert build_process.poll() is None, "the build ended before a worker could be killed"
            cluster.kill_worker(0)
            out, err = build_process.communicate(timeout=600)
        finally:
            if build_process.poll() is None:
                build_process.kill()
        assert build_process.returncode == 0, err
        assert cluster.workers[0].returncode == -9 and cluster.workers[1].poll() is None
    assert set(store_of_shards(str(folder))) == reference
    undisturbed = tmp_path / "undisturbed"
    ran = _kg("build", *INPUTS, "--shards", str(undisturbed), "--files-per-shard", "1", "--no-validate", "-q")
    assert ran.returncode == 0, ran.stderr
    assert _files(folder) == _files(undisturbed)  # no half-written shard, no temporary file left


@pytest.fixture()
def oxigraph(tmp_path):
    try:
        server = start_oxigraph(tmp_path / "ox")
    except RuntimeError as exc:
        pytest.skip(str(exc))
    yield server
    server.stop()


def _server_quads(base: str) -> set[ox.Quad]:
    request = urllib.request.Request(f"{base}/store", headers={"Accept": "application/n-quads"})
    store = ox.Store()  # the same literal normalisation as our side
    store.bulk_extend(ox.parse(urllib.request.urlopen(request, timeout=60).read(), format=ox.RdfFormat.N_QUADS))
    return set(store)


def test_load_shards_and_merge_on_the_server_give_the_store_build(oxigraph, reference, tmp_path):
    folder = tmp_path / "shards"
    assert _kg("build", *INPUTS, "--shards", str(folder), "--jobs", "2", "--no-validate").returncode == 0
    ran = _kg("load", "--shards", str(folder), "--endpoint", oxigraph.base, "--parallel", "3")
    assert ran.returncode == 0, ran.stderr
    assert "shard(s)" in ran.stdout
    ran = _kg("merge", "--endpoint", oxigraph.base)
    assert ran.returncode == 0, ran.stderr
    assert _server_quads(oxigraph.base) == reference
    assert _kg("merge", "--endpoint", oxigraph.base).returncode == 0  # again: replaces, never doubles
    assert _server_quads(oxigraph.base) == reference


def test_the_printed_bulk_command_loads_the_same_graph(reference, tmp_path):
    from kg.servers import oxigraph_command
    if oxigraph_command() is None:
        pytest.skip("the oxigraph server is not installed")
    folder = tmp_path / "shards"
    assert _kg("build", *INPUTS, "--shards", str(folder), "--no-validate", "-q").returncode == 0
    data = tmp_path / "oxdata"
    ran = _kg("load", "--shards", str(folder), "--print-bulk-command", "--location", str(data))
    assert ran.returncode == 0, ran.stderr
    load_line = ran.stdout.splitlines()[0]
    assert load_line.startswith("oxigraph load --location") and "provenance.nq.gz" in load_line
    subprocess.run(load_line.replace("oxigraph", oxigraph_command(), 1), shell=True, check=True,
                   capture_output=True)
    assert "kg merge --endpoint" in ran.stdout
    server = start_oxigraph(data)
    try:
        assert _kg("merge", "--endpoint", server.base).returncode == 0
        assert _server_quads(server.base) == reference
    finally:
        server.stop()


def test_virtuoso_and_qlever_bulk_commands(tmp_path):
    folder = tmp_path / "shards"
    assert _kg("build", str(SEEDS), "--shards", str(folder), "--no-validate", "-q").returncode == 0
    virtuoso = _kg("load", "--shards", str(folder), "--server", "virtuoso", "--print-bulk-command").stdout
    assert f"ld_dir('{folder}', '*.nq.gz'" in virtuoso and "rdf_loader_run()" in virtuoso
    qlever = _kg("load", "--shards", str(folder), "--server", "qlever", "--print-bulk-command").stdout
    assert "IndexBuilderMain" in qlever and "-F nq" in qlever and "--server qlever" in qlever
    missing = _kg("load", "--shards", str(tmp_path / "nothing"), "--print-bulk-command")
    assert missing.returncode == 2 and "no manifest.json" in missing.stderr and "Traceback" not in missing.stderr


def test_file_urls_read_through_fsspec_give_the_same_quads():
    local = set(build([str(SEEDS)], validate=False).store.store)
    url = set(build([SEEDS.as_uri()], validate=False).store.store)
    assert url == local


def test_a_protocol_without_its_package_is_one_line(tmp_path):
    import importlib.util
    if importlib.util.find_spec("s3fs") is not None:
        pytest.skip("s3fs is installed here")
    ran = _kg("build", "s3://some-bucket/feeds", "--out", str(tmp_path / "out"))
    assert ran.returncode == 2
    assert "warning: s3://some-bucket/feeds: the s3:// protocol needs a package" in ran.stderr
    assert "s3fs" in ran.stderr and "Traceback" not in ran.stderr


def test_an_unreachable_scheduler_is_one_line(tmp_path):
    ran = _kg("build", str(SEEDS), "--scheduler", str(tmp_path / "no-scheduler.json"), "--out", str(tmp_path / "o"))
    assert ran.returncode == 1 and "no such scheduler file" in ran.stderr and "Traceback" not in ran.stderr
