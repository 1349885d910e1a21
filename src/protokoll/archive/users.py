"""The web app's users: names, Argon2id password hashes (argon2-cffi), roles and session generations.
Functions taking a ``session`` work inside the caller's transaction; the others open their own."""
from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from functools import cache

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from protokoll.archive.common import iso, reading, writing
from protokoll.store.db import Database
from protokoll.store.tables import User

ROLES = ("editor", "admin")
DB = Database | str | None


@cache
def _hasher():
    """Argon2, loaded by the first password hashed or checked: the archive's other commands never need it."""
    from argon2 import PasswordHasher

    return PasswordHasher()


@cache
def _dummy_hash() -> str:
    """Verified against when the user does not exist, so a login takes as long either way (hashed on
    first use, not at import: every archive command would pay for it)."""
    return _hasher().hash("not a password of anyone")


class UserError(ValueError):
    pass


MIN_PASSWORD_CHARS = 8


def hash_password(password: str) -> str:
    return _hasher().hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        return _hasher().verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def add_user(session: Session, name: str, password: str, role: str = "editor") -> User:
    name = name.strip()
    if not name or len(name) > 100:
        raise UserError("namnet ska vara 1 till 100 tecken")
    if role not in ROLES:
        raise UserError(f"rollen ska vara en av {', '.join(ROLES)}")
    if len(password) < MIN_PASSWORD_CHARS:
        raise UserError(f"lösenordet ska vara minst {MIN_PASSWORD_CHARS} tecken")
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
        verify_password(_dummy_hash(), password)
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
    """Every session of the user ends, and so does their subscription address (a lost laptop keeps both)."""
    user = session.scalar(select(User).where(User.name == name.strip()))
    if user is None:
        raise UserError(f"ingen användare heter {name!r}")
    revoke_sessions(session, user.id)
    user.subscription_token_hash = user.subscription_created_at = None


# --- the same, each in a transaction of its own -------------------------------------------------------

def create_user(name: str, password: str, role: str = "editor", db: DB = None, exist_ok: bool = False) -> bool:
    """Add a user; with ``exist_ok``, a user of that name already there is left as it is. Whether added."""
    with writing(db) as session:
        if exist_ok and session.scalar(select(User.id).where(User.name == name.strip())) is not None:
            return False
        add_user(session, name, password, role)
        return True


def login(name: str, password: str, db: DB = None) -> dict | None:
    """The user (id, name, role, session generation) if the password is theirs, else None. The password
    is checked reading only (Argon2 never holds the write lock); a success is then noted as the last login."""
    with reading(db) as session:
        user = authenticate(session, name, password)
        found = user_by_id(session, user.id) if user else None
    if found is not None:
        with writing(db) as session:
            session.execute(update(User).where(User.id == found["id"])
                            .values(last_login_at=dt.datetime.now(dt.timezone.utc)))
    return found


def user_list(db: DB = None) -> list[dict]:
    """Every user with role, session generation and last login, by name (the administrator's sessions page)."""
    with reading(db) as session:
        return [{"id": u.id, "name": u.name, "role": u.role, "generation": u.session_generation or 0,
                 "last_login_at": iso(u.last_login_at), "created_at": iso(u.created_at)}
                for u in session.scalars(select(User).order_by(User.name))]


def user(user_id: int | None, db: DB = None) -> dict | None:
    """A user by id (id, name, role, session generation), or None."""
    with reading(db) as session:
        return user_by_id(session, user_id)


def end_sessions(user_id: int, db: DB = None) -> None:
    """End every session of the user (logout): cookies of earlier generations stop working."""
    with writing(db) as session:
        revoke_sessions(session, user_id)


def end_sessions_of(name: str, db: DB = None) -> None:
    """``end_sessions`` by the user's name (``protokoll user revoke``); UserError if there is none."""
    with writing(db) as session:
        revoke_sessions_of(session, name)


def set_password(name: str, password: str, db: DB = None) -> None:
    """A user's new password; every session of theirs ends with the old one (copied cookies included)."""
    if len(password) < MIN_PASSWORD_CHARS:
        raise UserError(f"lösenordet ska vara minst {MIN_PASSWORD_CHARS} tecken")
    with writing(db) as session:
        user = session.scalar(select(User).where(User.name == name.strip()))
        if user is None:
            raise UserError(f"ingen användare heter {name!r}")
        user.password_hash = hash_password(password)
        revoke_sessions(session, user.id)


# --- the personal subscription address (calendar and feeds for apps that cannot log in) -------------------

SUBSCRIPTION_TOKEN_BYTES = 32  # 256 bits from the system's CSPRNG: a SHA-256 of it is safe to store unsalted


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def new_subscription(user_id: int, db: DB = None) -> str:
    """A new secret token for the user's subscription address, replacing the one before (which stops
    working). Only its hash is stored: the token is returned to be shown once."""
    token = secrets.token_urlsafe(SUBSCRIPTION_TOKEN_BYTES)
    with writing(db) as session:
        user = session.get(User, user_id)
        if user is None:
            raise UserError("ingen sådan användare")
        user.subscription_token_hash = _token_hash(token)
        user.subscription_created_at = dt.datetime.now(dt.timezone.utc)
    return token


def end_subscription(user_id: int, db: DB = None) -> None:
    """The user's subscription address stops working (no new one is made)."""
    with writing(db) as session:
        session.execute(update(User).where(User.id == user_id)
                        .values(subscription_token_hash=None, subscription_created_at=None))


def subscription_of(user_id: int, db: DB = None) -> dict:
    """Whether the user has a subscription address, and since when (the address itself is not kept)."""
    with reading(db) as session:
        user = session.get(User, user_id)
        created = user.subscription_created_at if user is not None and user.subscription_token_hash else None
        return {"active": created is not None, "created_at": iso(created)}


def subscriber(token: str | None, db: DB = None) -> dict | None:
    """The user whose subscription address carries ``token`` (id, name, role), or None."""
    if not token or len(token) > 200:
        return None
    with reading(db) as session:
        user = session.scalar(select(User).where(User.subscription_token_hash == _token_hash(token)))
        return {"id": user.id, "name": user.name, "role": user.role} if user is not None else None
