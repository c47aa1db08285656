"""Drafts survive a reload: saved on Preview (or by drafts.js), restored, discarded, posted."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from forum.accounts.models import MemberType
from forum.drafts.models import Draft
from forum.extensions import db, utcnow
from forum.privacy.erasure import erase_member
from forum.privacy.export import collect
from forum.threads.models import Post
from tests.factories import make_topic, make_user, sign_in, space

RESTORED = "Restored your draft from"


def page(response) -> str:
    assert response.status_code == 200, response.status_code
    return response.get_data(as_text=True)


def drafts_of(user) -> list[Draft]:
    db.session.expire_all()
    return list(db.session.scalars(select(Draft).where(Draft.user_id == user.id)))


def save_json(client, place: str, **fields: str):
    return client.post(f"/drafts/{place}", json=fields)


@pytest.fixture
def member(client):
    user = make_user(display_name="Priya")
    sign_in(client, user)
    return user


@pytest.fixture
def other(app):
    browser = app.test_client()
    browser.user = make_user(display_name="Tom")
    sign_in(browser, browser.user)
    return browser


def test_preview_saves_a_new_topic_and_the_next_visit_restores_it(client, member):
    welcome = space("welcome")
    client.post(
        "/s/welcome/new",
        data={"title": "Supervision that helps", "body": "Half a thought…", "preview": "Preview"},
    )
    (draft,) = drafts_of(member)
    assert draft.place == f"topic:{welcome.id}"

    html = page(client.get("/s/welcome/new"))
    assert RESTORED in html
    assert 'value="Supervision that helps"' in html
    assert "Half a thought…</textarea>" in html
    assert ">Discard draft</button>" in html
    assert f'data-draft-url="/drafts/topic:{welcome.id}"' in html
    assert "drafts.js" in html


def test_posting_deletes_the_draft(client, member):
    client.post(
        "/s/welcome/new", data={"title": "A topic", "body": "Draft text", "preview": "Preview"}
    )
    assert drafts_of(member)
    response = client.post(
        "/s/welcome/new", data={"title": "A topic", "body": "Final text", "submit": "Post topic"}
    )
    assert response.status_code == 302
    assert drafts_of(member) == []
    assert RESTORED not in page(client.get("/s/welcome/new"))


def test_a_reply_draft_comes_back_on_the_topic_page_and_the_reply_page(client, member):
    topic = make_topic(member, replies=1)
    client.post(f"/t/{topic.id}/reply", data={"body": "Thinking about it…", "preview": "Preview"})
    on_topic = page(client.get(f"/t/{topic.id}"))
    assert RESTORED in on_topic
    assert "Thinking about it…</textarea>" in on_topic
    on_reply = page(client.get(f"/t/{topic.id}/reply"))
    assert "Thinking about it…</textarea>" in on_reply

    # A quote asked for now follows the draft rather than replacing it.
    second = db.session.scalar(select(Post).where(Post.topic_id == topic.id, Post.number == 2))
    quoted = page(client.get(f"/t/{topic.id}/reply?quote={second.id}"))
    body = quoted.split('name="body"')[1].split("</textarea>")[0]
    assert body.index("Thinking about it…") < body.index("Post 2 of topic")

    assert (
        client.post(
            f"/t/{topic.id}/reply", data={"body": "Done.", "submit": "Post reply"}
        ).status_code
        == 302
    )
    assert drafts_of(member) == []


def test_an_edit_draft_is_restored_and_discarding_brings_back_the_post(client, member):
    topic = make_topic(member, replies=1)
    post = db.session.scalar(select(Post).where(Post.topic_id == topic.id, Post.number == 2))
    client.post(f"/p/{post.id}/edit", data={"body": "A better wording", "preview": "Preview"})
    assert "A better wording</textarea>" in page(client.get(f"/p/{post.id}/edit"))

    response = client.post(f"/drafts/edit:{post.id}/discard?next=/p/{post.id}/edit")
    assert response.headers["Location"].endswith(f"/p/{post.id}/edit")
    html = page(client.get(f"/p/{post.id}/edit"))
    assert RESTORED not in html
    assert f"{post.body_source}</textarea>" in html


def test_the_summary_form_keeps_a_draft_too(client, member):
    topic = make_topic(member)
    client.post(f"/t/{topic.id}/summary", data={"body": "So far we agreed…", "preview": "Preview"})
    assert "So far we agreed…</textarea>" in page(client.get(f"/t/{topic.id}/summary"))
    client.post(f"/t/{topic.id}/summary", data={"body": "We agreed.", "submit": "Save summary"})
    assert drafts_of(member) == []


def test_javascript_saves_as_json_and_an_emptied_composer_keeps_nothing(client, member):
    topic = make_topic(member)
    response = save_json(client, f"reply:{topic.id}", body="Typed, then the wifi went.")
    assert response.status_code == 200
    assert response.get_json()["saved_at"]
    assert "Typed, then the wifi went.</textarea>" in page(client.get(f"/t/{topic.id}"))
    # Saving again replaces it: still one draft per place.
    save_json(client, f"reply:{topic.id}", body="Typed more.")
    assert [d.body for d in drafts_of(member)] == ["Typed more."]
    assert save_json(client, f"reply:{topic.id}", body="  ").get_json() == {"saved_at": None}
    assert drafts_of(member) == []


def test_a_draft_that_is_not_json_or_too_long_is_refused_and_nul_is_dropped(client, member):
    topic = make_topic(member)
    place = f"reply:{topic.id}"
    assert client.post(f"/drafts/{place}", data="body=plain form").status_code == 400
    assert save_json(client, place, body="x" * 20001).status_code == 400
    assert drafts_of(member) == []
    assert save_json(client, place, body="Nul\x00 dropped").status_code == 200
    assert [d.body for d in drafts_of(member)] == ["Nul dropped"]


def test_a_draft_is_refused_where_the_member_may_not_write(client, member):
    lounge = space("care-leavers-lounge")
    hidden = make_topic(make_user(member_type=MemberType.care_leaver), "care-leavers-lounge")
    someone_elses = make_topic(make_user())
    post = db.session.scalar(select(Post).where(Post.topic_id == someone_elses.id))
    for place in (
        f"topic:{lounge.id}",
        f"reply:{hidden.id}",
        "reply:999999",
        "nonsense:1",
        f"edit:{post.id}",
        f"summary:{someone_elses.id}",
    ):
        assert save_json(client, place, body="x").status_code == 404, place
    assert drafts_of(member) == []
    assert client.post(f"/drafts/reply:{hidden.id}", data="not json").status_code == 404


def test_drafts_are_private_to_their_member(client, member, other):
    topic = make_topic(member)
    save_json(client, f"reply:{topic.id}", body="Only for me.")
    assert "Only for me." not in page(other.get(f"/t/{topic.id}"))
    assert "Only for me." not in page(other.get(f"/t/{topic.id}/reply"))
    assert other.post(f"/drafts/reply:{topic.id}/discard").status_code == 404
    assert [d.body for d in drafts_of(member)] == ["Only for me."]


def test_the_job_deletes_drafts_untouched_for_30_days(client, member, runner):
    topic = make_topic(member)
    save_json(client, f"reply:{topic.id}", body="Old")
    save_json(client, f"summary:{topic.id}", body="Recent")
    old = next(d for d in drafts_of(member) if d.body == "Old")
    old.updated_at = utcnow() - timedelta(days=31)
    db.session.commit()
    result = runner.invoke(args=["jobs", "run", "--only", "drafts"])
    assert result.exit_code == 0, result.output
    assert "drafts: 1 deleted" in result.output
    assert [d.body for d in drafts_of(member)] == ["Recent"]
    again = runner.invoke(args=["jobs", "run", "--only", "drafts"])
    assert "drafts: 0 deleted" in again.output


def test_drafts_are_in_the_export_and_gone_on_erasure(client, member):
    topic = make_topic(member)
    save_json(client, f"reply:{topic.id}", body="Half-written reply")
    (part,) = [p for p in collect(member) if p.name == "drafts"]
    assert json.loads(json.dumps(part.data, default=str))[0]["text"] == "Half-written reply"
    erase_member(member)
    db.session.flush()
    assert db.session.scalar(select(func.count()).select_from(Draft)) == 0
