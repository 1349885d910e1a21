"""Schemathesis over the JSON API's OpenAPI document: generated requests never cause a server error.

Runs against the ASGI app in process, with a fresh example archive, a bounded number of examples per
operation, logged in as an editor (so the write operations get past the login to their validation).
"""
from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error

from protokoll.web import auth
from web_support import examples_template, fresh_copy, login, make_client  # noqa: F401


@pytest.fixture
def api_schema(examples_template, tmp_path_factory):
    folder = tmp_path_factory.mktemp("schemathesis")
    client = make_client(fresh_copy(examples_template, folder / "db"), folder)
    token = login(client)
    _LOGIN.update(headers={"X-CSRF-Token": token, "Cookie": f"{auth.COOKIE}={client.cookies.get(auth.COOKIE)}"})
    return schemathesis.openapi.from_asgi("/api/openapi.json", client.app)


_LOGIN: dict = {}


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
@settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_has_no_server_errors(case):
    response = case.call(headers=_LOGIN["headers"])
    case.validate_response(response, checks=[not_a_server_error])
