"""Hostile uploads against a live server: while a DOCX that expands to ~1 GB, a 14,400 pt PDF page and a
100 KB one-line text are uploaded and parsed, how fast does ``GET /`` answer and how much memory does
the server hold? Prints ``GET /`` latencies before and during the uploads (and their ratio, measured in
this process), the server's peak RSS, the peak RSS of its parse processes, and each job's result.

    .venv/bin/python bench/uploads.py
"""
from __future__ import annotations

import io
import os
import socket
import statistics
import sys
import tempfile
import threading
import time
import zipfile
from pathlib import Path

import httpx
import psutil
import uvicorn

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import fuzz_support  # noqa: E402
from protokoll import archive  # noqa: E402
from protokoll.web.app import create_app  # noqa: E402
from protokoll.web.settings import Settings  # noqa: E402

USER, PASSWORD = "bench", "bench-lösen-123"


def docx_bomb(expanded: int = 1 << 30) -> bytes:
    """A DOCX whose document.xml inflates to ``expanded`` bytes (written in chunks: the bench stays small)."""
    buf = io.BytesIO()
    head = f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{fuzz_support.W_NS}"><w:body>'.encode()
    para = b"<w:p><w:r><w:t>" + b"a" * 4000 + b"</w:t></w:r></w:p>"
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", fuzz_support.CONTENT_TYPES)
        with z.open("word/document.xml", "w", force_zip64=True) as f:
            f.write(head)
            for _ in range(expanded // len(para)):
                f.write(para)
            f.write(b"</w:body></w:document>")
    return buf.getvalue()


def huge_page_pdf() -> bytes:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument.new()
    pdf.new_page(14400, 14400)
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main() -> int:
    folder = Path(tempfile.mkdtemp(prefix="bench-uploads-"))
    url = f"sqlite:///{folder / 'archive.db'}"
    archive.ingest([ROOT / "examples"], db=url)
    archive.create_user(USER, PASSWORD, "editor", db=url)
    app = create_app(url, Settings(upload_dir=folder / "uploads"))
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    base = f"http://127.0.0.1:{port}"
    me = psutil.Process()
    peak = {"server": 0, "children": 0}
    stop = threading.Event()

    def watch():
        while not stop.is_set():
            peak["server"] = max(peak["server"], me.memory_info().rss)
            kids = me.children(recursive=True)  # the fork server and the parse processes it forked
            try:
                total = sum(p.memory_info().rss for p in kids)
            except psutil.Error:
                total = 0
            peak["children"] = max(peak["children"], total)
            time.sleep(0.05)

    with httpx.Client(base_url=base, timeout=120) as client:
        for _ in range(100):
            try:
                client.get("/api/session")
                break
            except httpx.TransportError:
                time.sleep(0.1)
        token = client.get("/api/session").json()["csrf_token"]
        client.post("/api/login", json={"name": USER, "password": PASSWORD}, headers={"X-CSRF-Token": token})
        token = client.get("/api/session").json()["csrf_token"]

        def latencies(n: int) -> list[float]:
            out = []
            for _ in range(n):
                t = time.perf_counter()
                assert client.get("/").status_code == 200
                out.append(time.perf_counter() - t)
                time.sleep(0.05)
            return out

        before = latencies(40)
        files = {"bomb.docx": docx_bomb(), "sida.pdf": huge_page_pdf(),
                 "rad.txt": ("Protokoll " + "a" * 100_000).encode()}
        threading.Thread(target=watch, daemon=True).start()
        ids = {}
        for name, body in files.items():
            r = client.post("/api/upload", files={"file": (name, body)}, headers={"X-CSRF-Token": token})
            ids[name] = r.json()["id"] if r.status_code == 202 else None
            print(f"upload {name}: {len(body):,} bytes → HTTP {r.status_code}")
        during, jobs = [], {}
        while len(jobs) < len([i for i in ids.values() if i]):
            during += latencies(5)
            for name, job_id in ids.items():
                if job_id and name not in jobs:
                    job = client.get(f"/api/uploads/{job_id}").json()
                    if job["state"] in ("done", "failed"):
                        jobs[name] = job
        stop.set()
    server.should_exit = True
    for name, job in jobs.items():
        print(f"{name}: {job['state']} — {job['message']} ({job['error']})")
    med_b, med_d = statistics.median(before), statistics.median(during)
    print(f"GET / before: median {med_b * 1000:.0f} ms, max {max(before) * 1000:.0f} ms ({len(before)} requests)")
    print(f"GET / during: median {med_d * 1000:.0f} ms, max {max(during) * 1000:.0f} ms ({len(during)} requests); "
          f"median ratio {med_d / med_b:.2f}")
    print(f"peak RSS: server {peak['server'] / 2**20:.0f} MB; its child processes together "
          f"{peak['children'] / 2**20:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
