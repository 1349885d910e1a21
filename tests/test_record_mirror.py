"""The parser's plain record (``protokoll.record``) and the pydantic model (``protokoll.model``, the contract)
stay in step: the same classes with the same fields (names, order, annotation text, defaults, JSON keys,
private attributes), and over every dev fixture and example the plain record's JSON is the model's — the
JSON of the converted record, of the record pydantic validates from it, and byte for byte pydantic's own
``model_dump_json``. ``protokoll parse --json`` writes the plain record's JSON without loading pydantic
(issue 12)."""
from __future__ import annotations

import json

import pytest
from conftest import EXAMPLES, FIXTURES
from test_model_made import _same, all_records, probe_on_an_example

from protokoll import model, record
from protokoll.clean.lines import clean
from protokoll.parse.minutes import parse_clean

TEXTS = sorted((FIXTURES / "genre" / "texts").glob("*.txt")) + sorted(EXAMPLES.glob("*.txt"))
MODEL_CLASSES = {name: cls for name, cls in vars(model).items()
                 if isinstance(cls, type) and issubclass(cls, model._Record) and not name.startswith("_")}


def _annotation(cls: type, name: str) -> str:
    """The annotation text of field ``name`` as written in the class (or base) that declares it."""
    return next(c.__dict__["__annotations__"][name] for c in cls.__mro__
                if name in c.__dict__.get("__annotations__", {}))


def test_every_model_class_has_its_plain_class():
    assert sorted(MODEL_CLASSES) == sorted(cls.__name__ for cls in record.CLASSES)


@pytest.mark.parametrize("plain", record.CLASSES, ids=lambda cls: cls.__name__)
def test_the_plain_class_has_the_model_class_fields(plain):
    pydantic_class = MODEL_CLASSES[plain.__name__]
    fields = pydantic_class.model_fields
    assert plain.FIELDS == tuple(fields)  # the same names in the same order
    assert plain._keys == tuple((name, info.alias or name) for name, info in fields.items())
    for name, info in fields.items():
        assert _annotation(plain, name) == _annotation(pydantic_class, name), name
        made = plain.made(**{n: 0 for n in plain._required})
        if info.default_factory is not None:
            assert info.default_factory is list and made.__dict__[name] == [], name
        elif info.is_required():
            assert name in plain._required, name
        else:
            assert name not in plain._required and made.__dict__[name] == info.default, name
    assert plain.PRIVATE == {name: attr.get_default() for name, attr in pydantic_class.__private_attributes__.items()}
    for name in plain.PRIVATE:
        assert _annotation(plain, name) == _annotation(pydantic_class, name), name


def test_the_plain_record_is_the_models_over_the_dev_fixtures_and_examples():
    assert TEXTS
    for path in TEXTS:
        plain = parse_clean(clean(path.read_text(encoding="utf-8")), path.name)
        plain.source_file = record.SourceFile.made(path=path.name, sha256="0" * 64, methods=["text"],
                                                   ocr_confidence=[None])
        for node in all_records(plain, record.Plain):  # no attribute the model would refuse
            assert set(node.__dict__) <= set(node.FIELDS) | set(node.PRIVATE), (path.name, type(node).__name__)
        converted = model.from_record(plain)
        full = record.plain_json(plain, provenance=True)
        validated = model.Protocol.model_validate(full)  # the model validates every parse result
        for mine, theirs in zip(model.nodes(converted), model.nodes(validated), strict=True):
            theirs.__pydantic_private__ = mine.__pydantic_private__  # not in the JSON (a vote's _sides_named)
        _same(converted, validated, path.name)
        for provenance in (False, True):
            assert record.plain_json(plain, provenance) == converted.to_json(provenance), (path.name, provenance)
        assert validated.model_dump(mode="json", by_alias=True) == full, path.name
        assert json.dumps(full, ensure_ascii=False, separators=(",", ":")) == \
            validated.model_dump_json(by_alias=True), path.name  # byte for byte


def test_copied_shares_lists_as_model_copy_does():
    action = record.Action.made(assignee="Kim", task="ring")
    decision = record.Decision.made(text="x", actions=[action])
    copy = decision.copied(kind="noted")
    assert copy.kind == "noted" and decision.kind == "other" and copy.actions is decision.actions
    pydantic_decision = model.from_record(decision)
    assert pydantic_decision.model_copy(update={"kind": "noted"}).actions is pydantic_decision.actions


def test_private_attributes_carry_over():
    vote = record.Vote.made(yes=3, no=2)
    assert model.from_record(vote)._sides_named is False
    vote._sides_named = True
    assert model.from_record(vote)._sides_named is True


def test_median_length_is_statistics_median():
    import statistics

    from protokoll.parse.blocks import _median_length
    for values in ([3], [5, 1, 4], [70, 72, 71, 90], [2, 2, 3, 3], [10, 0, 20, 30, 25, 5]):
        assert _median_length(values) == statistics.median(values) and \
            type(_median_length(values)) is type(statistics.median(values)), values


def test_parse_json_loads_no_pydantic():
    """In a fresh interpreter: the launcher's ``parse --json`` prints the record and never imports pydantic
    (nor ``typing`` or ``statistics``, which the parser's modules need not load either)."""
    probe = (
        "import contextlib, io, sys\n"
        "from protokoll import launch\n"
        "with contextlib.redirect_stdout(io.StringIO()) as out:\n"
        "    assert launch.plain(['parse', '--json', sys.argv[1]])() == 0\n"
        "assert out.getvalue().lstrip().startswith('{')\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('pydantic', 'pydantic_core', 'typing',\n"
        "                                                          'statistics')))\n")
    assert probe_on_an_example(probe) == "[]"
