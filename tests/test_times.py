"""Times on the page: relative, with the exact time on hover, and dates in the reader's own zone."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from forum.extensions import db
from forum.threads import services as threads
from forum.threads.models import Post
from tests.factories import make_topic, make_user, sign_in, space

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
# 23:30 UTC on 3 March is already 4 March in Sydney (UTC+11 then).
LATE_EVENING = datetime(2026, 3, 3, 23, 30, tzinfo=UTC)


def posted_late_in_the_evening():
    topic = make_topic(make_user(), "good-practice")
    post = db.session.scalar(select(Post).where(Post.topic_id == topic.id))
    post.created_at = LATE_EVENING
    db.session.flush()
    return topic, post


@pytest.mark.parametrize(
    ("zone", "day", "exact"),
    [
        ("Europe/London", "3 Mar 2026", "Tue 3 Mar 2026, 23:30 GMT"),
        ("Australia/Sydney", "4 Mar 2026", "Wed 4 Mar 2026, 10:30 AEDT"),
        ("America/Los_Angeles", "3 Mar 2026", "Tue 3 Mar 2026, 15:30 PST"),
    ],
)
def test_an_old_post_shows_the_date_in_the_readers_zone_and_the_exact_time_on_hover(
    client, zone, day, exact
):
    topic, post = posted_late_in_the_evening()
    sign_in(client, make_user(time_zone=zone))

    page = client.get(f"/t/{topic.id}").get_data(as_text=True)

    shown = re.search(rf'<article[^>]*id="p{post.id}".*?<time ([^>]*)>([^<]*)</time>', page, re.S)
    assert shown, page
    assert shown.group(2) == day
    assert f'title="{exact}"' in shown.group(1)
    assert 'datetime="2026-03-03T23:30:00+00:00"' in shown.group(1)


def test_a_recent_time_reads_as_a_relative_time(client):
    topic = make_topic(make_user(), "good-practice")
    sign_in(client, make_user(time_zone="Asia/Tokyo"))

    page = client.get(f"/t/{topic.id}").get_data(as_text=True)

    assert re.search(r'<time datetime="[^"]+" title="[^"]+ JST">just now</time>', page)


def test_a_search_result_gives_its_date_in_the_readers_zone(client):
    made = threads.create_topic(
        make_user(), space("good-practice"), "Kinship care", "What worked with kinship carers."
    )
    assert made.saved is not None
    for post in db.session.scalars(select(Post).where(Post.topic_id == made.saved.id)):
        post.created_at = LATE_EVENING
    db.session.commit()
    sign_in(client, make_user(time_zone="Australia/Sydney"))

    page = client.get("/search?q=kinship").get_data(as_text=True)

    assert "Kinship care" in page
    assert 'title="Wed 4 Mar 2026, 10:30 AEDT">4 Mar 2026</time>' in page


def hand_written_times() -> list[str]:
    """Templates that still write a relative time by hand instead of using `time_tag`."""
    found = []
    for path in sorted(TEMPLATES.rglob("*.html")):
        name = path.relative_to(TEMPLATES).as_posix()
        if name == "_macros/time.html":
            continue
        if re.search(r"<time[^>]*>[^<]*\|when", path.read_text()):
            found.append(name)
    return found


def test_every_relative_time_comes_from_the_time_tag():
    assert hand_written_times() == []
