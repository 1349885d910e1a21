"""The parser makes its records without pydantic's validation (``_Record.made``) and ``to_json`` writes them
without pydantic's serialiser, so that ``protokoll parse`` never builds either (issue 12). Both must give
what pydantic gives: ``made`` what validating the same values makes, ``to_json`` what ``model_dump(mode="json",
by_alias=True)`` makes. Checked over the parser's whole output for every dev fixture, and on the edges."""
from __future__ import annotations

import datetime as dt
import math
import subprocess
import sys

import pytest
from conftest import EXAMPLES, FIXTURES

from protokoll import model
from protokoll.model import Action, Attendee, Item, Protocol, SourceFile, Span, Vote, _Record
from protokoll.pipeline import parse_text

TEXTS = sorted((FIXTURES / "genre" / "texts").glob("*.txt"))


def _same(made, validated, where: str) -> None:
    """The two values are equal and of the same types all the way down (True is not 1, 1 is not 1.0)."""
    assert type(made) is type(validated), f"{where}: {type(made).__name__} made, {type(validated).__name__} validated"
    if isinstance(made, _Record):
        assert made.__dict__.keys() == validated.__dict__.keys(), where  # every field, in order
        for name in made.__dict__:
            _same(made.__dict__[name], validated.__dict__[name], f"{where}.{name}")
        assert made.model_fields_set == validated.model_fields_set, where
        assert made.__pydantic_private__ == validated.__pydantic_private__, where
        assert made.__pydantic_extra__ == validated.__pydantic_extra__, where
    elif isinstance(made, (list, tuple)):
        assert len(made) == len(validated), where
        for i, (a, b) in enumerate(zip(made, validated)):
            _same(a, b, f"{where}[{i}]")
    else:
        assert made == validated, where


def _pydantic_json(protocol: Protocol, provenance: bool) -> dict:
    """What ``to_json`` gave when it ran pydantic's serialiser (before issue 12)."""
    data = protocol.model_dump(mode="json", by_alias=True)
    if not provenance:
        model._strip_sources(data)
        data.pop("source_file", None)
    return data


def all_records(node, base: type = _Record):
    """Every record (of the classes under ``base``) in ``node``, itself first, spans and the source file too."""
    if isinstance(node, list):
        for value in node:
            yield from all_records(value, base)
    elif isinstance(node, base):
        yield node
        for value in node.__dict__.values():
            yield from all_records(value, base)


def test_made_gives_what_validation_gives_over_the_dev_fixtures():
    """Over every record of the parser's output: ``made`` of its fields is what validating them makes."""
    assert TEXTS
    kinds = set()
    for path in TEXTS:
        protocol = parse_text(path.read_text(encoding="utf-8"), path.name)
        for node in all_records(protocol):
            cls = type(node)
            values = dict(node.__dict__)
            _same(cls.made(**values), cls(**values), f"{path.name}: {cls.__name__}")
            kinds.add(cls.__name__)
    assert {"Protocol", "Item", "Attendee", "Decision", "Action", "Span"} <= kinds, kinds


def test_to_json_gives_what_pydantic_gives_over_the_dev_fixtures():
    for path in TEXTS:
        protocol = parse_text(path.read_text(encoding="utf-8"), path.name)
        protocol.source_file = SourceFile.made(path=path.name, sha256="0" * 64, methods=["text"],
                                               ocr_confidence=[None])
        for provenance in (False, True):
            assert protocol.to_json(provenance) == _pydantic_json(protocol, provenance), (path.name, provenance)


def test_made_fills_defaults_copies_lists_and_keeps_private_defaults():
    actions = [Action.made(assignee="Kim")]
    item = Item.made(title="Budget", decisions=[], source=Span.made(page=1, start=0, end=6))
    vote = Vote.made(yes=3, no=2)
    assert item.model_fields_set == {"title", "decisions", "source"}
    assert item.presenters == [] and item.presenters is not Item.made(title="x").presenters  # a new list each
    made_from = Item.made(title="x", subitems=actions)
    assert made_from.subitems == actions and made_from.subitems is not actions
    assert vote.__pydantic_private__ == {"_sides_named": False}
    assert Attendee.made(name="Eva", unknown="ignored").__dict__ == Attendee(name="Eva").__dict__
    assert Protocol.made(schema="protokoll/1").model_fields_set == {"schema_"}  # by alias, as validation
    with pytest.raises(TypeError, match="title"):
        Item.made(number=3)


def test_to_json_writes_dates_tuples_and_floats_as_pydantic_does():
    protocol = Protocol.made(date=dt.date(2024, 3, 5), items=[Item.made(title="A", source=Span.made(page=2, start=1, end=4))])
    protocol.items[0].source = protocol.items[0].source.model_copy(update={"bbox": (1.0, 2.5, 3.0, 4.0)})
    protocol.source_file = SourceFile.made(path="a.pdf", sha256="f" * 64, pages=3, methods=["ocr"] * 3,
                                           ocr_confidence=[math.nan, math.inf, 91.5])
    for provenance in (False, True):
        assert protocol.to_json(provenance) == _pydantic_json(protocol, provenance)
    confidence = protocol.to_json(True)["source_file"]["ocr_confidence"]
    assert math.isnan(confidence[0]) and confidence[1:] == [math.inf, 91.5]  # left to the JSON writer


def test_parse_builds_no_pydantic_validator_or_serialiser():
    """In a fresh interpreter: parsing and writing the JSON leave every record class unbuilt."""
    probe = (
        "import sys\n"
        "from pydantic._internal._mock_val_ser import MockValSer\n"
        "from protokoll import model\n"
        "from protokoll.pipeline import parse_file\n"
        "parse_file(sys.argv[1]).to_json()\n"
        "built = [c.__name__ for c in vars(model).values() if isinstance(c, type) and issubclass(c, model._Record)\n"
        "         and not isinstance(c.__dict__.get('__pydantic_validator__'), MockValSer)]\n"
        "print(built)\n")
    assert probe_on_an_example(probe) == "[]"


def probe_on_an_example(probe: str) -> str:
    """What ``probe`` prints in a fresh interpreter, given the first example's path (it must exit 0)."""
    example = sorted(EXAMPLES.glob("*.txt"))[0]
    done = subprocess.run([sys.executable, "-c", probe, str(example)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()
