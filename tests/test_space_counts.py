"""The spaces' topic counts are kept for SPACE_COUNTS_SECONDS, then counted again."""

from __future__ import annotations

import re

from forum.extensions import db
from forum.spaces import counts
from tests.factories import make_topic, make_user, sign_in


def _welcome_count(client) -> int:
    page = client.get("/spaces").get_data(as_text=True)
    found = re.search(r'href="/s/welcome".*?(\d+) topics?', page, re.S)
    assert found, page
    return int(found.group(1))


def test_counts_are_kept_for_a_while_then_counted_again(app, client, monkeypatch):
    monkeypatch.setitem(app.config, "SPACE_COUNTS_SECONDS", 30)
    monkeypatch.setitem(app.extensions, counts.EXTENSION_KEY, {})
    clock = [1000.0]
    monkeypatch.setattr(counts.time, "monotonic", lambda: clock[0])
    author = make_user()
    make_topic(author)
    db.session.commit()
    sign_in(client, make_user())

    before = _welcome_count(client)
    make_topic(author)
    db.session.commit()
    clock[0] += 29
    assert _welcome_count(client) == before  # still the figure counted a moment ago
    clock[0] += 2
    assert _welcome_count(client) == before + 1


def test_with_zero_seconds_every_request_counts(app, client):
    assert app.config["SPACE_COUNTS_SECONDS"] == 0  # the test settings: see conftest
    author = make_user()
    db.session.commit()
    sign_in(client, make_user())
    before = _welcome_count(client)
    make_topic(author)
    db.session.commit()
    assert _welcome_count(client) == before + 1
