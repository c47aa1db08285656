"""A browser for each member, and a topic to write in."""

from __future__ import annotations

import itertools
from collections.abc import Callable

import pytest
from flask import Flask
from flask.testing import FlaskClient

from forum.accounts.models import User
from forum.threads.models import Topic
from tests.factories import make_topic, make_user, sign_in

_numbers = itertools.count(1)


@pytest.fixture
def as_member(app: Flask) -> Callable[[User], FlaskClient]:
    """A browser signed in as this member (each member their own cookies)."""

    def browser(user: User) -> FlaskClient:
        client = app.test_client()
        sign_in(client, user)
        return client

    return browser


@pytest.fixture
def topic() -> Topic:
    """A topic in Welcome (all members read it), started by someone nobody mentions."""
    return make_topic(make_user(display_name=f"Topic starter {next(_numbers)}"), "welcome")
