"""The archive: the domain over the store. The library API that the CLI and the web app call.

Every function takes ``db``: an open ``Database``, a URL, or None for ``$PROTOKOLL_DB`` / the default
``sqlite:///protokoll.db``. Results are plain JSON-ready dicts and lists; reads are read-only
transactions and see the editors' corrections.

    ingest(paths, db)            files and folders → IngestReport (ingested, skipped, failed)
    meetings(db)                 every meeting with its sources; meeting_list(...) a page of them (sort, limit,
                                 cursor or page: ``paging``), people_list, action_board, search_faceted,
                                 review_queue likewise
    meeting(date, db)            one meeting in full: the merged record, ids, links, statuses;
                                 meetings_on(date, body) the meetings of a day
    action(id, db)               one action with its decision, item, meeting, history and who must act
    assignee(key, db)            who must act (``assignees``: person, municipality, network, role), their tasks
    people(db)                   people with their spellings and memberships over time
    attendance(year, db)         municipality × meeting
    actions(..., db)             the action tracker; set_action_status(id, status, note, db)
    search(query, db)            ranked items with highlighted snippets
    export(fmt, out, db)         json | csv | ics
    drafts(db), draft(id), start_draft, save_draft, mark_published
                                 minutes written in the web app, versioned (``drafts``)
    assignee_list(db), addresses(db), set_addresses(key, emails, user, db)
                                 who must act and where their reminders go (``addresses``)
    calendar_ics(db, base_url, ...), meetings_feed, decisions_feed, actions_feed(db, base_url, ...)
                                 what calendars and feed readers subscribe to
    new_subscription(user_id, db), subscriber(token, db), end_subscription, subscription_of
                                 a user's personal subscription address (a secret token, stored hashed)

Modules: ``ingest`` (parse → resolve → write), ``queries`` (every read), ``actions`` (the tracker),
``search`` (the full-text index), ``export`` (JSON, CSV, iCalendar, Atom), ``subscriptions`` (the
calendar and the feeds), ``corrections`` and ``review``
(editors' corrections and confirmations), ``editing`` (their write transactions), ``provenance``
(where a value comes from), ``users`` (the web app's accounts), ``uploads`` (the web app's upload
jobs), ``drafts`` and ``addresses`` (the meeting cycle), ``signatures`` (of source PDFs, read at ingest). Import names from the modules
(``from protokoll.archive.search import parse_query``): ``archive.search`` is the function.

The names below are imported from their modules when first read (``lists`` at once: it is light), so
``protokoll search`` and ``protokoll meetings`` load the lists and the search, not the ingest, the ORM, the
parser or the web app's reads (issue 12). A name that is also a module's (``search``, ``ingest``,
``export``, ``actions``, ``drafts``, ``addresses``) stays the function when that module is imported.
"""
from __future__ import annotations

import importlib
import sys
import types

from protokoll.archive.lists import meetings, search  # light: what the short commands read
from protokoll.config import DEFAULT_URL, ENV_VAR, STATUSES

# Every other name, by the module it comes from; imported on first use (``__getattr__``).
_FROM = {
    "actions": ("set_action_status",),
    "addresses": ("AddressError", "addresses", "assignee_list", "set_addresses"),
    "drafts": ("DraftConflict", "DraftError", "draft", "drafts", "mark_published", "save_draft", "start_draft"),
    "common": ("iso",),
    "corrections": ("CorrectionError",),
    "editing": ("apply_pending_corrections", "confirm", "correct", "revert_correction"),
    "ingest": ("Failure", "IngestReport", "expand", "ingest", "ingest_file", "ingest_on_cluster"),
    "paging": ("BadPage",),
    "queries": ("action", "action_board", "actions", "assignee", "attendance", "correction_form", "export",
                "meeting", "meeting_json", "meeting_list", "meeting_of_source", "meeting_page", "meeting_years",
                "meetings_on", "municipalities", "municipality", "people", "people_in", "people_list", "person",
                "review_queue", "search_faceted", "source", "source_path", "value_source"),
    "subscriptions": ("actions_feed", "calendar_ics", "decisions_feed", "meetings_feed"),
    "uploads": ("Quota", "QuotaExceeded", "add_upload_job", "prune_upload_jobs", "unfinished_upload_jobs",
                "update_upload_job", "upload_job", "upload_job_path"),
    "users": ("ROLES", "UserError", "create_user", "end_sessions", "end_sessions_of", "end_subscription", "login",
              "new_subscription", "set_password", "subscriber", "subscription_of", "user", "user_list"),
}
_LAZY = {name: (f"{__name__}.{module}", name) for module, names in _FROM.items() for name in names}
_LAZY["open_database"] = (f"{__name__}.common", "open_archive")
_LAZY.update({name: ("protokoll.store.backup", name) for name in ("backup", "restore")})
_LAZY["Database"] = ("protokoll.store.db", "Database")


def __getattr__(name: str):
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module, attr = _LAZY[name]
    value = getattr(importlib.import_module(module), attr)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


class _Archive(types.ModuleType):
    """The package, whose names that are also its modules' stay the functions: importing
    ``protokoll.archive.search`` (``ingest``, ...) would otherwise set the package's ``search`` to the module."""

    def __setattr__(self, name: str, value) -> None:
        if isinstance(value, types.ModuleType) and (name in _LAZY or name in ("meetings", "search")):
            return  # the function is bound, or __getattr__ binds it
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Archive

__all__ = [
    "AddressError", "DraftConflict", "DraftError", "addresses", "assignee_list", "draft", "drafts", "mark_published",
    "save_draft", "set_addresses", "start_draft",
    "BadPage", "DEFAULT_URL", "ENV_VAR", "ROLES", "STATUSES", "CorrectionError", "Database", "Failure",
    "IngestReport", "UserError", "action", "action_board", "actions", "actions_feed", "assignee",
    "apply_pending_corrections", "attendance", "backup", "calendar_ics", "confirm", "decisions_feed", "meetings_feed",
    "correct", "correction_form", "create_user", "end_sessions", "end_sessions_of", "expand", "export", "ingest",
    "ingest_file", "ingest_on_cluster", "Quota", "QuotaExceeded", "add_upload_job", "unfinished_upload_jobs",
    "prune_upload_jobs", "update_upload_job", "upload_job", "upload_job_path", "user_list",
    "iso", "login", "meeting", "meeting_json", "meeting_list", "meeting_of_source", "meeting_page", "meeting_years",
    "meetings", "meetings_on", "people_list", "municipalities", "municipality", "open_database", "people", "people_in", "person", "restore",
    "review_queue", "revert_correction", "search", "set_password", "search_faceted", "set_action_status", "source",
    "source_path", "user", "value_source", "new_subscription", "end_subscription", "subscription_of", "subscriber",
]
