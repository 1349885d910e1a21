"""The record as the parser builds it: plain classes, one for each class of the pydantic model
(``protokoll.model``), field for field, and the JSON written from them.

``protokoll parse --json`` must start in a tenth of a second or so (issue 12, ≤ 10× ``python -c pass``),
and importing pydantic alone (pydantic_core, its types and their stdlib) is some 60–80 ms of it, whether
or not anything validates. So the stages (parse and below) build these classes, which import nothing,
and the CLI writes their JSON (``plain_json``); the model stays the contract: the JSON schema and every
validation come from it, and ``model.from_record`` turns a record of these into the model's (what
``pipeline.parse_text`` and ``parse_file`` return, for the archive, the web app and everything else).

Each class says its fields the way the model's class does — the same names in the same order, the same
annotation text (never evaluated here), the same default; ``NEW_LIST`` stands for the model's
``Field(default_factory=list)``, and a name with a leading underscore is a private attribute, as in
pydantic. tests/test_record_mirror.py holds the two to each other, class by class, and holds the JSON and
the converted record to pydantic's answers over every dev fixture."""
from __future__ import annotations

import datetime as dt

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing
if TYPE_CHECKING:  # the model's value types, named in annotations only (never evaluated here)
    from protokoll.model import DecisionKind, Status, VoteChoice

SCHEMA = "protokoll/1"
NEW_LIST = object()  # the field's default is a new empty list each record (pydantic's default_factory=list)
_REQUIRED = object()
_new_object = object.__new__
_set_attribute = object.__setattr__


class Plain:
    """The base of every class of the plain record. Its fields are read from the class body once, when
    the class is made (``__init_subclass__``): their order (a base's first, as pydantic orders them),
    defaults and JSON keys."""

    ALIASES: dict[str, str] = {}  # field → JSON key, where they differ (pydantic's alias)
    FIELDS: tuple[str, ...] = ()
    PRIVATE: dict[str, object] = {}  # private attribute → default
    _template: dict = {}
    _lists: tuple[str, ...] = ()
    _required: frozenset[str] = frozenset()
    _by_key: dict[str, str] = {}
    _keys: tuple[tuple[str, str], ...] = ()

    def __init_subclass__(cls, **kwargs) -> None:
        super().__init_subclass__(**kwargs)
        own = cls.__dict__.get("__annotations__", {})
        fields = list(cls.FIELDS) + [name for name in own if not name.startswith("_")]
        template, lists, required = {}, [], set()
        for name in fields:
            default = cls._template.get(name, _REQUIRED) if name not in own else cls.__dict__.get(name, _REQUIRED)
            if name in cls._lists or default is NEW_LIST:
                lists.append(name)
                default = None
            elif default is _REQUIRED or name in cls._required:
                required.add(name)
                default = None
            template[name] = default
        private = dict(cls.PRIVATE)
        for name in own:
            if name.startswith("_"):
                private[name] = cls.__dict__.get(name)
            elif name in cls.__dict__:
                delattr(cls, name)  # the instance holds every field; a default on the class would hide a missing one
        cls.FIELDS, cls.PRIVATE, cls._template = tuple(fields), private, template
        cls._lists, cls._required = tuple(lists), frozenset(required)
        cls._by_key = {key: name for name, key in cls.ALIASES.items()}
        cls._keys = tuple((name, cls.ALIASES.get(name, name)) for name in fields)

    @classmethod
    def made(cls, **values):
        """A record of these values, by field name or JSON key, the rest at their defaults (a new list for
        a list field); a list given is copied, unknown names are ignored, as the model's ``made`` does, and
        a missing required field is a TypeError."""
        fields = cls._template.copy()
        for name in cls._lists:
            fields[name] = []
        given = set()
        by_key = cls._by_key
        for key, value in values.items():
            name = by_key.get(key, key)
            if name in fields:
                fields[name] = list(value) if type(value) is list else value
                given.add(name)
        if not cls._required <= given:
            raise TypeError(f"{cls.__name__}.made: missing {', '.join(sorted(cls._required - given))}")
        record = _new_object(cls)
        _set_attribute(record, "__dict__", fields)
        return record

    def copied(self, **changes):
        """A shallow copy with ``changes`` (lists shared, as pydantic's ``model_copy(update=...)``)."""
        record = _new_object(type(self))
        _set_attribute(record, "__dict__", {**self.__dict__, **changes})
        return record

    def __eq__(self, other) -> bool:
        return type(self) is type(other) and self.__dict__ == other.__dict__

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join(f'{k}={v!r}' for k, v in self.__dict__.items())})"


class Span(Plain):
    """Where a value came from (``model.Span``); frozen, as the model's."""

    page: int = 1
    start: int
    end: int
    low_confidence: bool = False
    bbox: tuple[float, float, float, float] | None = None

    def __setattr__(self, name, value) -> None:
        raise TypeError(f"Span is frozen: {name}")

    def __hash__(self) -> int:
        return hash(tuple(self.__dict__.values()))


def span_at(page: int, start: int, end: int, low_confidence: bool = False) -> Span:
    """``Span.made(page=page, start=start, end=end, low_confidence=low_confidence)``, faster: the parser
    makes a span for nearly every value it reads."""
    span = _new_object(Span)
    _set_attribute(span, "__dict__", {"page": page, "start": start, "end": end, "low_confidence": low_confidence,
                                      "bbox": None})
    return span


class _Node(Plain):
    source: Span | None = None


class Attendee(_Node):
    name: str
    affiliation: str | None = None
    status: Status = "present"
    role: str | None = None
    party: str | None = None
    note: str | None = None


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
    _role: str | None = None  # the role the ballot table writes beside the name (see model.Ballot)


class Vote(_Node):
    yes: int | None = None
    no: int | None = None
    abstain: int | None = None
    yes_means: str | None = None
    no_means: str | None = None
    ballots: list[Ballot] = NEW_LIST
    # Whether the sides were told by what they voted for (model.Vote, parse.decisions.orient).
    _sides_named: bool = False


class Decision(_Node):
    text: str
    kind: DecisionKind = "other"
    actions: list[Action] = NEW_LIST
    votes: list[Vote] = NEW_LIST
    reservations: list[str] = NEW_LIST
    recipients: list[str] = NEW_LIST


class Item(_Node):
    number: int | None = None
    label: str | None = None
    case_number: str | None = None
    title: str
    summary: str | None = None
    presenters: list[Presenter] = NEW_LIST
    documents: list[Document] = NEW_LIST
    decisions: list[Decision] = NEW_LIST
    subitems: list[Item] = NEW_LIST


class ScheduledMeeting(_Node):
    date: dt.date
    start_time: str | None = None
    end_time: str | None = None


class SourceFile(Plain):
    path: str
    sha256: str
    pages: int = 1
    methods: list[str] = NEW_LIST
    ocr_confidence: list[float | None] = NEW_LIST


class Protocol(_Node):
    ALIASES = {"schema_": "schema"}

    schema_: str = SCHEMA
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
    adjusters: list[str] = NEW_LIST
    attendees: list[Attendee] = NEW_LIST
    items: list[Item] = NEW_LIST
    scheduled_meetings: list[ScheduledMeeting] = NEW_LIST
    source_file: SourceFile | None = None


CLASSES = (Span, Attendee, Presenter, Document, Action, Ballot, Vote, Decision, Item, ScheduledMeeting,
           SourceFile, Protocol)


def _plain_keys(cls: type):
    return cls._keys if issubclass(cls, Plain) else None


def json_of(value, provenance: bool, keys_of=_plain_keys):
    """``value`` as pydantic's JSON mode gives it: records as objects of their fields in order (their
    ``source`` left out unless ``provenance``), lists and tuples as lists, dates in ISO form, everything
    else as it is (a float that is not finite too: JSON mode leaves it to the writer). ``keys_of(cls)``
    is a record class's (field, JSON key) in order, None for anything else: these classes' by default,
    the model's for ``model.Protocol.to_json``."""
    keys = keys_of(type(value))
    if keys is not None:
        fields = value.__dict__
        return {key: json_of(fields[name], provenance, keys_of) for name, key in keys
                if provenance or name != "source"}
    if isinstance(value, (list, tuple)):
        return [json_of(v, provenance, keys_of) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def plain_json(protocol: Protocol, provenance: bool = False) -> dict:
    """The protokoll/1 object of a plain record: what ``model.Protocol.to_json`` gives of the same record."""
    data = json_of(protocol, provenance)
    if not provenance:
        data.pop("source_file", None)
    return data
