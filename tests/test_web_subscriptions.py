"""Personal subscription addresses: an archive that is not public (public_read off) cannot be read by a
calendar app or a feed reader, which cannot log in; each user makes an address with a secret token on
/prenumeration, shown once, stored hashed, replaced by a new one and revocable."""
from __future__ import annotations

import hashlib
import re

from icalendar import Calendar
from sqlalchemy import select

from protokoll import archive
from protokoll.store.tables import User
from web_support import EDITOR, examples_template, fresh_copy, login, make_client  # noqa: F401

ADDRESS = re.compile(r'value="(http://testserver/prenumeration/([\w-]+)/kalender\.ics[^"]*)"')


def _private(examples_template, tmp_path):
    return make_client(fresh_copy(examples_template, tmp_path / "db"), tmp_path, public_read=False)


def _new_address(client, query: str = "") -> tuple[str, str]:
    token = client.get("/api/session").json()["csrf_token"]  # of the logged-in session
    r = client.post("/prenumeration/ny", data={"csrf_token": token, "query": query})
    assert r.status_code == 200 and r.headers["cache-control"] == "no-store"
    url, secret = ADDRESS.search(r.text).groups()
    return url.replace("&amp;", "&"), secret


def test_a_private_archive_is_subscribed_to_with_a_personal_address(examples_template, tmp_path):
    with _private(examples_template, tmp_path) as client:
        assert client.get("/kalender.ics").status_code == 303  # a calendar app would be sent to log in
        assert client.get("/prenumeration").headers["location"].startswith("/login")
        login(client)
        assert "Du har ingen prenumerationsadress" in client.get("/prenumeration").text
        assert "/prenumeration" in client.get("/meetings").text  # offered where the calendar is
        url, secret = _new_address(client)
        assert "Du har en prenumerationsadress sedan" in client.get("/prenumeration").text
        assert secret not in client.get("/prenumeration").text  # shown once only
        db = client.app.state.db
    with make_client(str(db.url), tmp_path, public_read=False) as app:  # the calendar app: no cookie, no login
        r = app.get(url.removeprefix("http://testserver"))
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/calendar")
        kinds = {str(e["x-protokoll-status"]) for e in Calendar.from_ical(r.text).walk("VEVENT")}
        assert {"held", "scheduled", "deadline-open"} <= kinds
        for feed in ("moten", "beslut", "atgarder"):
            r = app.get(f"/prenumeration/{secret}/flode/{feed}.atom")
            assert r.status_code == 200 and r.headers["content-type"].startswith("application/atom+xml")
        assert app.get(f"/prenumeration/{secret[:-1]}x/kalender.ics").status_code == 404
        assert app.get("/kalender.ics").status_code == 303
    with db.read() as session:  # the archive keeps the token's hash, never the token
        row = session.scalar(select(User).where(User.name == EDITOR))
        assert row.subscription_token_hash == hashlib.sha256(secret.encode()).hexdigest()
        assert secret not in repr(session.execute(select(User.__table__)).all())


def test_a_new_address_ends_the_old_one_and_revoking_ends_it(examples_template, tmp_path):
    with _private(examples_template, tmp_path) as client:
        login(client)
        _, first = _new_address(client)
        _, second = _new_address(client)
        assert first != second
        assert client.get(f"/prenumeration/{first}/kalender.ics").status_code == 404
        assert client.get(f"/prenumeration/{second}/kalender.ics").status_code == 200
        r = client.post("/prenumeration/aterkalla", data={"csrf_token": client.get("/api/session").json()["csrf_token"]})
        assert r.status_code == 303
        assert "är återkallad" in client.get("/prenumeration").text
        assert client.get(f"/prenumeration/{second}/kalender.ics").status_code == 404
        assert client.post("/prenumeration/ny", data={"query": ""}).status_code == 403  # no CSRF token


def test_the_address_carries_the_actions_boards_filter(examples_template, tmp_path):
    with _private(examples_template, tmp_path) as client:
        login(client)
        board = client.get("/actions?assignee=sekretariat&status=open").text
        assert "/prenumeration?only=actions&amp;assignee=sekretariat&amp;status=open" in board
        page = client.get("/prenumeration?only=actions&assignee=sekretariat&status=open&x=1").text
        query = re.search(r'name="query" value="([^"]*)"', page).group(1).replace("&amp;", "&")
        assert query == "only=actions&assignee=sekretariat&status=open"  # unknown keys are not carried
        url, secret = _new_address(client, query)
        assert url.endswith("/kalender.ics?" + query)
        mine = Calendar.from_ical(client.get(url.removeprefix("http://testserver")).text).walk("VEVENT")
        assert mine and all(str(e["x-protokoll-status"]).startswith("deadline") for e in mine)
        assert len(mine) < len(Calendar.from_ical(client.get(f"/prenumeration/{secret}/kalender.ics").text)
                               .walk("VEVENT"))


def test_revoking_a_users_sessions_ends_their_address_too(examples_template, tmp_path):
    with _private(examples_template, tmp_path) as client:
        login(client)
        _, secret = _new_address(client)
        archive.end_sessions_of(EDITOR, client.app.state.db)
        assert client.get(f"/prenumeration/{secret}/kalender.ics").status_code == 404
        assert archive.subscription_of(archive.user_list(client.app.state.db)[0]["id"], client.app.state.db) == \
            {"active": False, "created_at": None}
