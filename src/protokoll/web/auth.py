"""Sessions and CSRF (the users, their Argon2id password hashes and session generations are the
archive's: ``protokoll.archive.users``).

The session is a signed cookie (itsdangerous) holding the user's id and a CSRF token: HttpOnly,
SameSite=Lax, Secure when configured. Every visitor gets a session with a CSRF token on first contact,
so the login form is protected too. Every POST must carry the token: forms in a hidden ``csrf_token``
field, JSON calls in the ``X-CSRF-Token`` header (the token is in ``GET /api/session``).
"""
from __future__ import annotations

import hmac
import secrets

from itsdangerous import BadSignature, URLSafeTimedSerializer

from protokoll.archive import ROLES, UserError  # noqa: F401  the accounts are the archive's (archive.users)

COOKIE = "protokoll_session"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"
LOGIN_RATE = "10/minute"  # failed logins allowed per account and per address
TOO_MANY_LOGINS = "För många misslyckade inloggningar. Vänta en minut och försök igen."


class LoginLimiter:
    """Failed logins per account and per address in a moving window; past the limit, logins are refused
    without checking the password (no Argon2 work for a guesser)."""

    def __init__(self, rate: str = LOGIN_RATE):
        from limits import parse, storage, strategies

        self._rate = parse(rate)
        self._limiter = strategies.MovingWindowRateLimiter(storage.MemoryStorage())

    def _keys(self, name: str, address: str) -> tuple[str, str]:
        return f"account:{name.strip().lower()}", f"address:{address}"

    def blocked(self, name: str, address: str) -> bool:
        return any(not self._limiter.test(self._rate, key) for key in self._keys(name, address))

    def failed(self, name: str, address: str) -> None:
        for key in self._keys(name, address):
            self._limiter.hit(self._rate, key)


class Sessions:
    """Signs and reads the session cookie's payload: {"uid": user id or None, "csrf": token}."""

    def __init__(self, secret_key: str, max_age_days: int = 14):
        self._serializer = URLSafeTimedSerializer(secret_key, salt="protokoll-session")
        self.max_age = max_age_days * 86400

    def load(self, cookie: str | None) -> dict | None:
        if not cookie:
            return None
        try:
            data = self._serializer.loads(cookie, max_age=self.max_age)
        except BadSignature:
            return None
        if not isinstance(data, dict) or not isinstance(data.get("csrf"), str):
            return None
        return data

    def dump(self, data: dict) -> str:
        return self._serializer.dumps(data)

    @staticmethod
    def new() -> dict:
        return {"uid": None, "csrf": secrets.token_urlsafe(32)}


def csrf_ok(session_data: dict, token: str | None) -> bool:
    return bool(token) and hmac.compare_digest(session_data.get("csrf", ""), token or "")
