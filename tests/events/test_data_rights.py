"""A member's "Going" / "Not going" answers: in their data export, gone when they erase."""

from __future__ import annotations

import io
import json
import zipfile

from sqlalchemy import func, select

from forum.events.models import EventRsvp
from forum.extensions import db
from tests.events.helpers import answer, make_event
from tests.factories import PASSWORD, make_user, sign_in


def test_the_export_lists_the_members_answers_and_no_one_elses(client):
    member, other = make_user(), make_user()
    course = make_event(make_user(), title="Court skills course")
    chat = make_event(make_user(), title="Chat about supervision")
    answer(course, member)
    answer(chat, member, going=False)
    answer(course, other)
    sign_in(client, member)

    response = client.post("/settings/your-data/download")

    archive = zipfile.ZipFile(io.BytesIO(response.data))
    rows = json.loads(archive.read("events.json"))
    assert [(r["event"], r["your_answer"]) for r in rows] == [
        ("Court skills course", "Going"),  # soonest first
        ("Chat about supervision", "Not going"),
    ]
    assert "Events you answered" in archive.read("index.html").decode()


def test_erasing_an_account_deletes_its_answers(client):
    member, other = make_user(), make_user()
    topic = make_event(make_user())
    answer(topic, member)
    answer(topic, other)
    sign_in(client, member)

    response = client.post("/settings/delete-account", data={"password": PASSWORD})

    assert response.status_code in {200, 302}
    db.session.expire_all()
    left = db.session.scalars(select(EventRsvp.user_id)).all()
    assert left == [other.id]
    assert db.session.scalar(select(func.count()).select_from(EventRsvp)) == 1
