"""Parsing on a Dask cluster (a LocalCluster of worker processes, as on other machines)."""
import os
import shutil
import signal
import sys
from pathlib import Path

import pytest

pytest.importorskip("distributed")

from protokoll import scale  # noqa: E402
from protokoll.pipeline import parse_file  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.txt"))


@pytest.fixture(scope="module")
def cluster():
    with scale.Cluster(workers=2) as c:
        yield c


def _files(tmp_path: Path) -> list[Path]:
    for path in EXAMPLES:
        shutil.copy(path, tmp_path)
    (tmp_path / "trasig.pdf").write_bytes(b"%PDF-1.4 broken")
    (tmp_path / "tom.txt").write_bytes(b"")
    return sorted(tmp_path.iterdir())


def test_every_file_parsed_once_with_its_record_or_its_error(cluster, tmp_path):
    files = _files(tmp_path)
    done = []
    results = list(scale.parse_files(files, cluster, on_done=done.append))
    assert sorted(r.path for r in results) == sorted(map(str, files)) and len(done) == len(files)
    by_name = {Path(r.path).name: r for r in results}
    assert by_name["trasig.pdf"].error.exit_code == 3 and "trasig.pdf" in str(by_name["trasig.pdf"].error)
    assert by_name["tom.txt"].error.exit_code == 3
    for path in EXAMPLES:
        got = by_name[path.name].protocol
        want = parse_file(tmp_path / path.name)
        assert got.to_json() == want.to_json()  # the same record as parsed on this machine
        assert got.source_file.path == str(tmp_path / path.name) and got.source_file.sha256 == want.source_file.sha256


def test_a_worker_killed_mid_run_loses_no_file(tmp_path):
    files = _files(tmp_path)
    with scale.Cluster(workers=2) as c:
        killed = []

        pids = c.client.run(os.getpid)  # worker address → process id

        def kill_one(parsed):
            if not killed:  # after the first result, one worker process is killed (kill -9) while others run
                victim = sorted(pids)[0]
                killed.append(victim)
                os.kill(pids[victim], signal.SIGKILL)

        results = list(scale.parse_files(files, c, on_done=kill_one))
    assert killed
    assert sorted(r.path for r in results) == sorted(map(str, files))
    assert sum(r.protocol is not None for r in results) == len(EXAMPLES)


@pytest.mark.skipif(shutil.which("tesseract") is None or shutil.which("pdftoppm") is None,
                    reason="needs Tesseract and poppler-utils")
def test_scanned_pages_are_ocrd_on_the_workers(cluster, tmp_path):
    sys.path.insert(0, str(Path(__file__).parent))
    import renderings

    scan = renderings.scan(ROOT / "tests/fixtures/renderings/genre/19_forening_protokoll_nr.pdf",
                           tmp_path / "skannad.pdf", dpi=200)
    [result] = scale.parse_files([scan], cluster)
    assert result.error is None and result.protocol.source_file.methods == ["ocr", "ocr"]
    assert result.protocol.date.isoformat() == "2024-03-12" and len(result.protocol.items) >= 10


def test_ingest_on_the_cluster_builds_the_archive_ingest_builds(cluster, tmp_path):
    from typer.testing import CliRunner

    from protokoll import archive
    from protokoll.cli import app

    (tmp_path / "in").mkdir()
    files = _files(tmp_path / "in")
    here, there = f"sqlite:///{tmp_path / 'here.db'}", f"sqlite:///{tmp_path / 'there.db'}"
    archive.ingest([tmp_path / "in"], db=here)
    report = archive.ingest_on_cluster(archive.expand([tmp_path / "in"])[0], cluster, db=there)
    assert (report.ingested, len(report.failed)) == (len(EXAMPLES), 2)
    strip = lambda ms: [{k: v for k, v in m.items() if k not in ("sources", "id")} for m in ms]  # noqa: E731
    assert strip(archive.meetings(db=there)) == strip(archive.meetings(db=here))
    def untimed(acts):  # row ids and times depend on the order the cluster finished the files
        return [{**a, "history": [{k: v for k, v in h.items() if k != "at"} for h in a["history"]],
                 "meeting": {k: v for k, v in a["meeting"].items() if k != "id"},
                 "item": {k: v for k, v in a["item"].items() if k != "id"}} for a in acts]

    assert untimed(archive.actions(db=there)) == untimed(archive.actions(db=here))
    # again: every file is stored already and none is sent
    again = archive.ingest_on_cluster(files, cluster, db=there)
    assert (again.ingested, again.skipped) == (0, len(EXAMPLES))
    # the command
    result = CliRunner().invoke(app, ["ingest", "--workers", "1", "--json", "--db", f"sqlite:///{tmp_path / 'cli.db'}",
                                      str(tmp_path / "in")])
    assert result.exit_code == 3, result.output  # the broken PDF and the empty file
    assert '"ingested": %d' % len(EXAMPLES) in result.stdout
