"""Users, passwords, sessions and CSRF.

Passwords are hashed with Argon2id (argon2-cffi). The session is a signed cookie (itsdangerous) holding
the user's id and a CSRF token: HttpOnly, SameSite=Lax, Secure when configured. Every visitor gets a
session with a CSRF token on first contact, so the login form is protected too. Every POST must carry
the token: forms in a hidden ``csrf_token`` field, JSON calls in the ``X-CSRF-Token`` header (the token
is in ``GET /api/session``).
"""
from __future__ import annotations

import datetime as dt
import hmac
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from itsdangerous import BadSignature, URLSafeTimedSerializer
from sqlalchemy import select
from sqlalchemy.orm import Session

from protokoll.web.tables import User

ROLES = ("editor", "admin")
COOKIE = "protokoll_session"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"
LOGIN_RATE = "10/minute"  # failed logins allowed per account and per address
TOO_MANY_LOGINS = "För många misslyckade inloggningar. Vänta en minut och försök igen."
_hasher = PasswordHasher()
# Verified against when the user does not exist, so a login takes as long either way.
_DUMMY_HASH = _hasher.hash("not a password of anyone")


class UserError(ValueError):
    pass


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def add_user(session: Session, name: str, password: str, role: str = "editor") -> User:
    name = name.strip()
    if not name or len(name) > 100:
        raise UserError("namnet ska vara 1 till 100 tecken")
    if role not in ROLES:
        raise UserError(f"rollen ska vara en av {', '.join(ROLES)}")
    if len(password) < 8:
        raise UserError("lösenordet ska vara minst 8 tecken")
    if session.scalar(select(User.id).where(User.name == name)) is not None:
        raise UserError(f"det finns redan en användare som heter {name!r}")
    user = User(name=name, password_hash=hash_password(password), role=role,
                created_at=dt.datetime.now(dt.timezone.utc))
    session.add(user)
    session.flush()
    return user


def authenticate(session: Session, name: str, password: str) -> User | None:
    user = session.scalar(select(User).where(User.name == name.strip()))
    if user is None:
        verify_password(_DUMMY_HASH, password)
        return None
    return user if verify_password(user.password_hash, password) else None


def user_by_id(session: Session, user_id: int | None) -> dict | None:
    if user_id is None:
        return None
    user = session.get(User, user_id)
    return {"id": user.id, "name": user.name, "role": user.role, "generation": user.session_generation} \
        if user else None


def revoke_sessions(session: Session, user_id: int) -> None:
    """End every session of the user, copies of the cookie included (logout, revocation)."""
    user = session.get(User, user_id)
    if user is not None:
        user.session_generation = (user.session_generation or 0) + 1


def revoke_sessions_of(session: Session, name: str) -> None:
    user = session.scalar(select(User).where(User.name == name.strip()))
    if user is None:
        raise UserError(f"ingen användare heter {name!r}")
    revoke_sessions(session, user.id)


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
