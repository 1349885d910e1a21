"""The layers, read from the import statements of every module (``ast``: static, nothing is imported):
``store`` only persists and imports nothing above it (not ``archive``, ``web``, ``resolve``, nor the
domain's actions and search); ``web`` and the CLI reach the archive only through ``protokoll.archive``
(no ``store``, no SQL); ``resolve`` decides without the store."""
from __future__ import annotations

import ast
from pathlib import Path

import protokoll

PACKAGE = Path(protokoll.__file__).resolve().parent
ABOVE_STORE = ("protokoll.archive", "protokoll.web", "protokoll.resolve", "protokoll.actions", "protokoll.search",
               "protokoll.export", "protokoll.cli", "protokoll.archive_cli")


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path, text: str | None = None) -> set[str]:
    """Every module an import statement of the file (or of ``text``, as if it were the file) names
    (``from a import b`` names a and a.b)."""
    tree = ast.parse(path.read_text(encoding="utf-8") if text is None else text, filename=str(path))
    here = _module_name(path).split(".")
    package = here if path.name == "__init__.py" else here[:-1]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: from the file's package upwards
                base = ".".join(package[:len(package) - node.level + 1] + ([base] if base else []))
            found.add(base)
            found |= {f"{base}.{alias.name}" for alias in node.names}
    return found


def _files(*parts: str) -> list[Path]:
    root = PACKAGE.joinpath(*parts)
    return sorted(root.rglob("*.py")) if root.is_dir() else [root]


def _offending(files: list[Path], forbidden: tuple[str, ...]) -> dict[str, list[str]]:
    out = {}
    for path in files:
        bad = sorted(m for m in imports(path) if any(m == f or m.startswith(f + ".") for f in forbidden))
        if bad:
            out[str(path.relative_to(PACKAGE))] = bad
    return out


def test_the_import_reader_sees_what_it_must_refuse():
    """The checks below cannot pass for want of reading: the reader finds each kind of import."""
    source = ("import protokoll.web.app\nfrom protokoll import archive\nfrom protokoll.resolve.people import x\n"
              "from ..web import service\nfrom . import tables\n")
    found = imports(PACKAGE / "store" / "probe.py", source)  # as if store/probe.py said so (not written)
    assert {"protokoll.web.app", "protokoll.archive", "protokoll.resolve.people", "protokoll.web.service",
            "protokoll.store.tables"} <= found
    assert set(_offending([PACKAGE / "archive" / "queries.py"], ("protokoll.store",))) == {"archive/queries.py"}


def test_store_imports_nothing_above_it():
    files = _files("store")
    names = {str(p.relative_to(PACKAGE)) for p in files}
    assert {"store/tables.py", "store/mapping.py", "store/db.py", "store/backup.py", "store/alembic/env.py",
            "store/alembic/versions/0005_source_texts.py"} <= names
    assert _offending(files, ABOVE_STORE) == {}


def test_web_and_the_cli_reach_the_archive_only_through_protokoll_archive():
    files = _files("web") + _files("cli.py") + _files("archive_cli.py")
    assert len(files) >= 15
    assert _offending(files, ("protokoll.store", "sqlalchemy")) == {}
    web = [p for p in files if "web" in p.parts]
    assert any("protokoll.archive" in imports(p) for p in web)
    assert "select(" not in "".join(p.read_text(encoding="utf-8") for p in web if p.suffix == ".py")


def test_resolve_decides_without_the_store():
    files = _files("resolve")
    assert len(files) >= 4
    assert _offending(files, ("protokoll.store", "protokoll.archive", "protokoll.web", "sqlalchemy")) == {}


def test_the_archive_imports_neither_the_web_nor_the_cli():
    files = _files("archive")
    assert {"archive/ingest.py", "archive/queries.py", "archive/actions.py", "archive/search.py", "archive/export.py",
            "archive/corrections.py", "archive/__init__.py"} <= {str(p.relative_to(PACKAGE)) for p in files}
    assert _offending(files, ("protokoll.web", "protokoll.cli", "protokoll.archive_cli")) == {}


ABOVE_PIPELINE = ("protokoll.pipeline", "protokoll.archive", "protokoll.store", "protokoll.web", "protokoll.cli",
                  "protokoll.archive_cli", "protokoll.resolve", "protokoll.cycle")


def test_the_reading_stages_import_only_what_lies_below_them():
    """vocab (the genre's words) < read, clean < parse < pipeline: cleaning uses the vocabulary, never the
    parser; the parser never the archive."""
    vocab, read, clean, parse = _files("vocab"), _files("read"), _files("clean"), _files("parse")
    assert {"vocab/labels.py", "vocab/conventions.py", "clean/lines.py", "clean/columns.py", "read/pdf.py",
            "parse/minutes.py"} <= {str(p.relative_to(PACKAGE)) for p in vocab + read + clean + parse}
    assert _offending(vocab, ("protokoll.read", "protokoll.clean", "protokoll.parse") + ABOVE_PIPELINE) == {}
    assert _offending(read + clean, ("protokoll.parse",) + ABOVE_PIPELINE) == {}
    assert _offending(parse, ABOVE_PIPELINE) == {}
