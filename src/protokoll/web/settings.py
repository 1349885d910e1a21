"""The web app's settings: arguments of ``create_app``, or environment variables for ``protokoll serve``.

| setting | environment variable | default |
| --- | --- | --- |
| secret_key | PROTOKOLL_SECRET_KEY | random per process (sessions end when the server restarts) |
| public_read | PROTOKOLL_PUBLIC_READ (1/0) | 1: anyone may read; 0: reading needs a login too |
| max_upload_bytes | PROTOKOLL_MAX_UPLOAD_BYTES | 20 MB |
| upload_dir | PROTOKOLL_UPLOAD_DIR | ``uploads/`` in the working directory |
| secure_cookies | PROTOKOLL_SECURE_COOKIES (1/0) | 0; set 1 behind HTTPS (also sends Strict-Transport-Security) |
| session_days | PROTOKOLL_SESSION_DAYS | 14 |
| upload_workers | PROTOKOLL_UPLOAD_WORKERS | the number of cores: uploads parsed at once (one OCR process each) |
| upload_memory_bytes | PROTOKOLL_UPLOAD_MEMORY_BYTES | 1.5 GB: the address space of each upload's parse process |
| upload_parse_seconds | PROTOKOLL_UPLOAD_PARSE_SECONDS | 900: an upload's parse process is ended after this |
| upload_queue_per_user | PROTOKOLL_UPLOAD_QUEUE_PER_USER | 20 uploads waiting or being read per user |
| upload_bytes_per_day | PROTOKOLL_UPLOAD_BYTES_PER_DAY | 200 MB uploaded per user in 24 hours |
"""
from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path

MB = 1024 * 1024


def _flag(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    return raw.strip().lower() in ("1", "true", "yes", "on", "ja")


@dataclass
class Settings:
    secret_key: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    public_read: bool = True
    max_upload_bytes: int = 20 * MB
    upload_dir: Path = Path("uploads")
    secure_cookies: bool = False
    session_days: int = 14
    upload_workers: int = field(default_factory=lambda: os.cpu_count() or 1)
    upload_memory_bytes: int = 1536 * MB
    upload_parse_seconds: float = 900.0
    upload_queue_per_user: int = 20
    upload_bytes_per_day: int = 200 * MB

    @classmethod
    def from_env(cls, **overrides) -> "Settings":
        values: dict = {}
        if os.environ.get("PROTOKOLL_SECRET_KEY"):
            values["secret_key"] = os.environ["PROTOKOLL_SECRET_KEY"]
        values["public_read"] = _flag("PROTOKOLL_PUBLIC_READ", True)
        if os.environ.get("PROTOKOLL_MAX_UPLOAD_BYTES"):
            values["max_upload_bytes"] = int(os.environ["PROTOKOLL_MAX_UPLOAD_BYTES"])
        if os.environ.get("PROTOKOLL_UPLOAD_DIR"):
            values["upload_dir"] = Path(os.environ["PROTOKOLL_UPLOAD_DIR"])
        values["secure_cookies"] = _flag("PROTOKOLL_SECURE_COOKIES", False)
        if os.environ.get("PROTOKOLL_SESSION_DAYS"):
            values["session_days"] = int(os.environ["PROTOKOLL_SESSION_DAYS"])
        for name, kind in (("upload_workers", int), ("upload_memory_bytes", int), ("upload_parse_seconds", float),
                           ("upload_queue_per_user", int), ("upload_bytes_per_day", int)):
            raw = os.environ.get(f"PROTOKOLL_{name.upper()}")
            if raw:
                values[name] = kind(raw)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)
