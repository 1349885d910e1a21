"""A module imported when one of its names is first read, not when the importing module loads.

Start-up time is most of what a CLI command costs (issue 12): ``protokoll parse`` must not load the
archive (SQLAlchemy), and ``protokoll search`` must not load the parser. A module used only in some
functions of another is named through ``on_first_use`` there instead of imported at its top."""
from __future__ import annotations

import importlib


class OnFirstUse:
    """Stands for the module ``name``; the first attribute read imports it (``importlib`` caches it)."""

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attr: str):
        return getattr(importlib.import_module(self._name), attr)


def on_first_use(name: str) -> OnFirstUse:
    return OnFirstUse(name)
