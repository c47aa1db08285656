"""Members and browsers for the summary and helpful-reply tests."""

from __future__ import annotations

import pytest

from tests.factories import make_moderator, make_user, sign_in


@pytest.fixture
def author(client):
    """The topic's author, signed in on `client`."""
    user = make_user(display_name="Priya")
    sign_in(client, user)
    return user


@pytest.fixture
def other(app):
    """Another member in their own browser: `other.user`."""
    browser = app.test_client()
    browser.user = make_user(display_name="Tom")
    sign_in(browser, browser.user)
    return browser


@pytest.fixture
def moderator(app):
    browser = app.test_client()
    browser.user = make_moderator(display_name="Sam")
    sign_in(browser, browser.user)
    return browser
