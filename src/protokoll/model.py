"""The typed record of one set of minutes (format ``protokoll/1``): the contract between stages.

Every value object may carry a ``source`` span pointing back into the text it was read from.
Spans are left out of the plain JSON (``to_json``) and included on request (``provenance=True``).

The parser builds the same record as plain classes (``protokoll.record``, field for field these, without
pydantic: importing pydantic was most of what ``protokoll parse --json`` had left above 10× a bare
interpreter, issue 12); ``from_record`` makes this model's record of it, and the schema and every
validation come from here. tests/test_record_mirror.py holds the two in step.
"""
from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Literal, get_args, get_origin

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

from protokoll import record

SCHEMA = record.SCHEMA

Status = Literal["present", "excused", "absent"]
DecisionKind = Literal["noted", "assignment", "approval", "other"]
VoteChoice = Literal["yes", "no", "abstain", "absent"]


class _Record(BaseModel):
    """The base of every class of the record. pydantic builds a class's validator and serialiser when it is
    first used, not when the class is made (``defer_build``): building the thirteen (pydantic's schema
    generation, in Python) was a third of ``protokoll parse``'s start-up (issue 12), and turning the
    parser's record into this one (``from_record``) needs neither: it makes the values with ``made`` and
    the JSON comes from ``to_json``'s own walk; whatever validates (``model_validate``, the archive, the
    web app) builds them then, once a process."""

    model_config = ConfigDict(defer_build=True)

    @classmethod
    def made(cls, **values):
        """``cls(**values)`` for values of the field types already (the parser's own strings, ints,
        dates, lists of records), without validation, which would build the class's validator: the
        same record in every respect — every field in its order, a new list for a list given, defaults
        and default factories for the rest, the fields given as the fields set, private attributes at
        their defaults. Unknown names are ignored, as validation ignores them; a missing required field
        is a TypeError. tests/test_model_made.py holds it to validation's answers over the parser's
        output."""
        _, aliases, required, _, factories, private, known, template = _made_plan(cls)
        data = {}
        for key, value in values.items():
            name = aliases.get(key, key)
            if name in known:
                data[name] = list(value) if type(value) is list else value
        if not required <= data.keys():
            missing = required - data.keys()
            raise TypeError(f"{cls.__name__}.made: missing {', '.join(sorted(missing))}")
        # Every field in its order from the template (a copy keeps its order, and setting a key keeps its place):
        # the defaults, then a new value from each default factory not given, then the values given.
        fields = template.copy()
        for name, factory in factories.items():
            if name not in data:
                fields[name] = factory()
        fields.update(data)
        record = _new_object(cls)
        _set_attribute(record, "__dict__", fields)
        _set_attribute(record, "__pydantic_fields_set__", set(data))
        _set_attribute(record, "__pydantic_extra__", None)
        _set_attribute(record, "__pydantic_private__", dict(private) if private is not None else None)
        return record


@cache
def _made_plan(cls: type) -> tuple:
    """(field names in order, alias → name, required names, name → default, name → default factory,
    private defaults or None, the set of the names, name → default in field order) of a record class, read once a class from pydantic's field list."""
    names, aliases, required, defaults, factories = [], {}, set(), {}, {}
    for name, info in cls.model_fields.items():
        names.append(name)
        if info.alias:
            aliases[info.alias] = name
        if info.default_factory is not None:
            factories[name] = info.default_factory
        elif info.is_required():
            required.add(name)
        else:
            defaults[name] = info.default
    private = {name: attr.get_default() for name, attr in cls.__private_attributes__.items()} or None
    known = frozenset(names)  # every name made accepts (a required one, or one with a default or a factory)
    template = {name: defaults.get(name) for name in names}  # the fields in order, each at its default
    return tuple(names), aliases, frozenset(required), defaults, factories, private, known, template


class Span(_Record):
    """Where a value came from: page (1-based) and character offsets in that page's text."""

    model_config = ConfigDict(frozen=True)

    page: int = 1
    start: int
    end: int
    low_confidence: bool = False
    bbox: tuple[float, float, float, float] | None = None  # x0, y0, x1, y1 in PDF points, where known


_new_object = object.__new__
_set_attribute = object.__setattr__  # past a frozen model's refusal, as pydantic's model_construct does


class _Node(_Record):
    model_config = ConfigDict(validate_assignment=False)

    source: Span | None = Field(default=None, description="provenance of this value")


class Attendee(_Node):
    name: str
    affiliation: str | None = None
    status: Status = "present"
    role: str | None = Field(default=None, description='"ordförande", "ledamot", "tjänstgörande ersättare", a job title')
    party: str | None = Field(default=None, description='party abbreviation as written ("S", "M", "KD")')
    note: str | None = Field(default=None, description='part-time presence or substitution as written ("§§ 1–5")')


class Presenter(_Node):
    name: str
    role: str | None = None
    organisation: str | None = None


class Document(_Node):
    label: str
    title: str | None = None


class Action(_Node):
    assignee: str
    task: str | None = None
    due: dt.date | None = None


class Ballot(_Node):
    name: str
    party: str | None = None
    vote: VoteChoice
    # The role the ballot table writes beside the name ("Hanna Krook (M), ordförande"): the roll's, where the
    # minutes' roll is the vote's names (a protokollsutdrag); no part of the ballot itself.
    _role: str | None = PrivateAttr(default=None)


class Vote(_Node):
    """One vote taken ("Omröstning"): the tally, what yes and no meant, and the named ballots."""

    yes: int | None = None
    no: int | None = None
    abstain: int | None = None
    yes_means: str | None = None
    no_means: str | None = None
    ballots: list[Ballot] = Field(default_factory=list)
    # Whether the sides were told by what they voted for ("12 för avslag, 6 för bifall") rather than as
    # ja and nej: only then does the decision tell which side is yes (parse.decisions.orient).
    _sides_named: bool = PrivateAttr(default=False)


class Decision(_Node):
    text: str
    kind: DecisionKind = "other"
    actions: list[Action] = Field(default_factory=list)
    votes: list[Vote] = Field(default_factory=list)
    reservations: list[str] = Field(default_factory=list, description="names or parties who reserved themselves")
    recipients: list[str] = Field(default_factory=list, description='"Beslutet skickas till" / "Expedieras till"')


class Item(_Node):
    number: int | None = None
    label: str | None = Field(default=None, description='the printed label where it is more than the number ("§ 131", "KSAU 176", "3.1")')
    case_number: str | None = Field(default=None, description='case reference ("Dnr KS 2024/123" gives "KS 2024/123")')
    title: str
    summary: str | None = None
    presenters: list[Presenter] = Field(default_factory=list)
    documents: list[Document] = Field(default_factory=list)
    decisions: list[Decision] = Field(default_factory=list)
    subitems: list[Item] = Field(default_factory=list)


class ScheduledMeeting(_Node):
    date: dt.date
    start_time: str | None = None
    end_time: str | None = None


class SourceFile(_Record):
    path: str
    sha256: str
    pages: int = 1
    methods: list[str] = Field(default_factory=list, description="how each page was read")
    ocr_confidence: list[float | None] = Field(default_factory=list, description="mean OCR confidence per page")


class Protocol(_Node):
    schema_: str = Field(default=SCHEMA, alias="schema")
    organisation: str | None = None
    body: str | None = None
    number: int | None = None
    date: dt.date | None = None
    start_time: str | None = None
    end_time: str | None = None
    location: str | None = None
    room: str | None = None
    contact: str | None = None
    chair: str | None = None
    secretary: str | None = None
    adjusters: list[str] = Field(default_factory=list, description="the people who check the minutes (justerare)")
    attendees: list[Attendee] = Field(default_factory=list)
    items: list[Item] = Field(default_factory=list)
    scheduled_meetings: list[ScheduledMeeting] = Field(default_factory=list)
    source_file: SourceFile | None = None

    model_config = ConfigDict(populate_by_name=True)

    def to_json(self, provenance: bool = False) -> dict:
        """The protokoll/1 object; spans and the source file only when ``provenance`` is set. The same
        object as ``model_dump(mode="json", by_alias=True)`` (less the spans), from a walk of its own
        that needs no serialiser built (``_Record``)."""
        data = record.json_of(self, provenance, _json_keys)
        if not provenance:
            data.pop("source_file", None)
        return data


@cache
def _json_keys(cls: type) -> tuple[tuple[str, str], ...] | None:
    """(field name, JSON key) of a record class in the fields' order (the key is the alias where there is
    one); None for any other type (``record.json_of``)."""
    if not issubclass(cls, _Record):
        return None
    return tuple((name, info.alias or name) for name, info in cls.model_fields.items())


def from_record(value):
    """The model's record of a plain one (``protokoll.record``, what the parser builds): the same class by
    name, every field (records and lists of them converted, the rest as they are), all of them the fields
    set, and the private attributes; made as ``_Record.made`` makes a record, without validation (no
    validator is built), but directly: the plain class has the model's fields in the model's order
    (tests/test_record_mirror.py), and this runs over every record the archive stores. Anything that is
    not a plain record is returned as it is; a list is converted item by item."""
    if isinstance(value, list):
        return [from_record(v) for v in value]
    if not isinstance(value, record.Plain):
        return value
    return _model_record(value)


def _model_record(plain):
    plain_class = type(plain)
    values = plain.__dict__
    fields = {}
    for name in plain_class.FIELDS:
        value = values[name]
        if type(value) is list:
            value = [_model_record(v) if isinstance(v, record.Plain) else v for v in value]
        elif isinstance(value, record.Plain):
            value = _model_record(value)
        fields[name] = value
    made = _new_object(_MODEL_OF[plain_class.__name__])
    _set_attribute(made, "__dict__", fields)
    _set_attribute(made, "__pydantic_fields_set__", set(plain_class.FIELDS))
    _set_attribute(made, "__pydantic_extra__", None)
    private = None
    if plain_class.PRIVATE:
        private = {name: values.get(name, default) for name, default in plain_class.PRIVATE.items()}
    _set_attribute(made, "__pydantic_private__", private)
    return made


def _strip_sources(node) -> None:
    if isinstance(node, dict):
        node.pop("source", None)
        for value in node.values():
            _strip_sources(value)
    elif isinstance(node, list):
        for value in node:
            _strip_sources(value)


@cache
def _list_fields(cls: type) -> tuple[str, ...]:
    """The fields of a node type that hold lists of nodes (read once per type: ``walk`` is on hot paths)."""
    return tuple(name for name, info in cls.model_fields.items()
                 if name != "source_file" and get_origin(info.annotation) is list
                 and any(isinstance(a, type) and issubclass(a, BaseModel) for a in get_args(info.annotation)))


def walk(record, path: str = "", lists: frozenset[str] | None = None):
    """(path, node) of every object held in a list of ``record`` and below, depth first, parents before
    their children: ``("items[2]", item)``, ``("items[2].decisions[0].actions[1]", action)``. ``record``
    is a ``Protocol`` (or any node of one) or its JSON (``to_json``); ``lists`` keeps the walk to the lists
    of those names (``{"items", "subitems"}``: the agenda only). Spans and the source file are not walked.
    The one walker over the record: writing, reading, corrections, review and provenance all use it."""
    if isinstance(record, BaseModel):
        fields = [(name, getattr(record, name)) for name in _list_fields(type(record))]
    elif isinstance(record, dict):
        fields = list(record.items())
    else:
        return
    for name, value in fields:
        if not isinstance(value, list) or name == "source_file" or (lists is not None and name not in lists):
            continue
        for i, child in enumerate(value):
            if isinstance(child, (BaseModel, dict)):
                here = f"{path}.{name}[{i}]" if path else f"{name}[{i}]"
                yield here, child
                yield from walk(child, here, lists)


def nodes(record: BaseModel) -> list[BaseModel]:
    """The nodes ``walk`` gives of a record (a model, not its JSON), in the same order, without their
    paths: for what needs the nodes alone (a quality score), at a fraction of the cost."""
    out: list[BaseModel] = []

    def visit(node: BaseModel) -> None:
        for name in _list_fields(type(node)):
            for child in getattr(node, name) or ():
                if isinstance(child, BaseModel):
                    out.append(child)
                    visit(child)

    visit(record)
    return out


AGENDA = frozenset({"items", "subitems"})


def json_schema() -> dict:
    return Protocol.model_json_schema(by_alias=True)


# The class of the model of each class of the plain record, by name (``from_record``).
_MODEL_OF = {cls.__name__: globals()[cls.__name__] for cls in record.CLASSES}
