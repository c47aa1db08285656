"""The notifications page: newest first, pages by keys, a fixed number of queries."""

from __future__ import annotations

import re

from forum.extensions import db
from forum.notifications import services as notifications
from tests.factories import make_user
from tests.notifications.support import browser, text


def fill(member, how_many: int, start: int = 0) -> None:
    for n in range(start, start + how_many):
        notifications.notify(member.id, "post_published", f"Notice number {n}", f"/p/{n + 1}")
    db.session.flush()


def older_link(page: str) -> str | None:
    found = re.search(r'href="([^"]+)" rel="next">Older notifications', page)
    return found.group(1).replace("&amp;", "&") if found else None


def test_notifications_come_in_pages_newest_first(app):
    member = make_user()
    fill(member, 120)
    client = browser(app, member)
    seen: list[int] = []
    url: str | None = "/notifications"
    while url is not None:
        page = text(client.get(url))
        numbers = [int(n) for n in re.findall(r"Notice number (\d+)</a>", page)]
        assert len(numbers) <= notifications.PAGE_SIZE
        seen += numbers
        url = older_link(page)
    assert seen == list(range(119, -1, -1))  # every one once, newest first


def test_each_notification_links_to_what_it_is_about(app):
    member = make_user()
    fill(member, 2)
    page = text(browser(app, member).get("/notifications"))
    assert '<a href="/p/2">Notice number 1</a>' in page
    assert '<a href="/p/1">Notice number 0</a>' in page
    assert 'Notifications <span class="count">(2 new)</span>' in page
    assert "Mark all as read" in page


def test_past_the_last_page_says_so(app):
    member = make_user()
    fill(member, 3)
    page = text(browser(app, member).get("/notifications?before=1"))
    assert "No older notifications." in page


def count(app, client, queries, url: str) -> int:
    db.session.commit()
    with app.app_context(), queries() as counter:
        response = client.get(url)
    assert response.status_code == 200
    return counter.count


def test_the_page_costs_the_same_with_5_or_300_notifications(app, queries):
    member = make_user()
    client = browser(app, member)
    fill(member, 5)
    few = count(app, client, queries, "/notifications")
    fill(member, 295, start=5)
    many = count(app, client, queries, "/notifications")
    page = text(client.get("/notifications"))
    older = count(app, client, queries, older_link(page) or "")
    assert few == many == older
    assert many == 3  # the member, the header's count, the page of notifications
