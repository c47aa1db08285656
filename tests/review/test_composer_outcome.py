"""The posting services answer with an outcome value; the guard runs once per submission."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from forum.extensions import db
from forum.review import screening
from forum.review.models import StoredFinding
from forum.review.screening import Screening, Verdict, guard_verdict
from forum.threads import services
from forum.threads.models import Post, PostState
from tests.factories import make_topic, make_user, sign_in, space

NAMED = "Jayden's mum rang the duty line again tonight."
CLEAN = "The duty line was busy again tonight."


def posts_count() -> int:
    return db.session.scalar(select(func.count()).select_from(Post)) or 0


def test_clean_text_is_published_and_returned():
    outcome = services.create_topic(make_user(), space("welcome"), "A quiet night", CLEAN)
    assert outcome.verdict is Verdict.published
    assert outcome.saved is not None
    assert outcome.saved.state is PostState.published


def test_a_finding_without_a_reason_saves_nothing_and_says_what_was_found():
    before = posts_count()
    outcome = services.create_topic(make_user(), space("welcome"), "A hard night", NAMED)
    assert outcome.verdict is Verdict.needs_justification
    assert outcome.saved is None
    assert [f.kind for f in outcome.screening.blocking] == ["person_name"]
    assert posts_count() == before


def test_a_finding_with_a_reason_is_held():
    topic = make_topic(make_user())
    outcome = services.reply(make_user(), topic, NAMED, justification="A made-up name.")
    assert outcome.verdict is Verdict.held
    assert outcome.saved is not None
    assert outcome.saved.state is PostState.held


def test_an_edit_that_adds_a_name_needs_a_choice_and_leaves_the_post_alone():
    author = make_user()
    topic = make_topic(author)
    post = db.session.scalar(select(Post).where(Post.topic_id == topic.id))
    outcome = services.edit_post(author, post, NAMED)
    assert outcome.verdict is Verdict.needs_justification
    assert post.body_source != NAMED


def test_private_text_with_a_reason_is_sent_never_held():
    found = Screening({"body": NAMED}, [StoredFinding("body", "person_name", 0, 6, "A name")])
    assert guard_verdict(found, None, private=True) is Verdict.needs_justification
    assert guard_verdict(found, "She asked me to.", private=True) is Verdict.published
    assert guard_verdict(found, "She asked me to.") is Verdict.held


@pytest.mark.parametrize(("button", "status"), [("submit", 422), ("send_for_review", 302)])
def test_the_guard_runs_once_per_submission(client, monkeypatch, button, status):
    calls = []
    real = screening.scan

    def counting(text):
        calls.append(text)
        return real(text)

    monkeypatch.setattr(screening, "scan", counting)
    sign_in(client, make_user())
    data = {"title": "A hard night", "body": NAMED, button: "y", "justification": "Made up."}
    response = client.post("/s/welcome/new", data=data)
    assert response.status_code == status
    assert calls == ["A hard night", NAMED]
