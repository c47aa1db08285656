"""Members who know each other, and a browser for each of them."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from flask import Flask
from flask.testing import FlaskClient

from forum.accounts.models import User
from tests.factories import make_user, sign_in
from tests.messages.helpers import connect


@pytest.fixture
def as_member(app: Flask) -> Callable[[User], FlaskClient]:
    """A browser signed in as this member (each member their own cookies)."""

    def browser(user: User) -> FlaskClient:
        client = app.test_client()
        sign_in(client, user)
        return client

    return browser


@pytest.fixture
def pair_of_friends() -> tuple[User, User]:
    """Two connected practitioners."""
    alex = make_user(display_name="Alex Moreno")
    bea = make_user(display_name="Bea Okafor")
    connect(alex, bea)
    return alex, bea
