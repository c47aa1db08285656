"""Watched words: admins list words or patterns that hold or block a post."""

from __future__ import annotations

import re

import pytest
from markupsafe import escape
from sqlalchemy import func, select

from forum.extensions import db
from forum.review.models import ReviewItem, ReviewSource, ReviewState, WatchedAction, WatchedWord
from forum.review.watched import has_nested_quantifier, match_watched
from forum.threads.models import Post, PostState, Topic
from moderation.models import AuditEntry
from tests.factories import make_admin, make_moderator, make_topic, make_user, sign_in

PAGE = "/moderation/watched-words"
BLOCK_MESSAGE = "Please don't advertise services here; use Courses, events & services."


def text(response) -> str:
    return response.get_data(as_text=True)


@pytest.fixture
def admin_client(app):
    client = app.test_client()
    admin = make_admin(display_name="Ada the admin")
    sign_in(client, admin)
    client.user = admin
    return client


@pytest.fixture
def author(client):
    user = make_user(display_name="Priya N.")
    sign_in(client, user)
    return user


@pytest.fixture
def moderator_client(app):
    client = app.test_client()
    sign_in(client, make_moderator(display_name="Sam"))
    return client


def watch(pattern: str, action: WatchedAction = WatchedAction.hold, **extra) -> WatchedWord:
    """A watched word stored directly, as an admin's earlier change left it."""
    admin = make_admin()
    word = WatchedWord(pattern=pattern, action=action, created_by_id=admin.id, **extra)
    db.session.add(word)
    db.session.flush()
    return word


def add(client, pattern: str, action: str = "hold", message: str = "", is_regex: bool = False):
    data = {"pattern": pattern, "action": action, "message": message}
    if is_regex:
        data["is_regex"] = "y"
    return client.post(PAGE, data=data)


def post_topic(client, body: str, title: str = "A question about practice"):
    return client.post("/s/welcome/new", data={"title": title, "body": body})


def audit(action: str) -> list[AuditEntry]:
    return list(db.session.scalars(select(AuditEntry).where(AuditEntry.action == action)))


def words() -> list[str]:
    return list(db.session.scalars(select(WatchedWord.pattern)))


# --- who may manage the list -----------------------------------------------------------------


@pytest.mark.parametrize(("who", "status"), [("member", 404), ("moderator", 404), ("admin", 200)])
def test_only_admins_open_the_watched_words_page(app, who, status):
    user = {"member": make_user, "moderator": make_moderator, "admin": make_admin}[who]()
    client = app.test_client()
    sign_in(client, user)
    assert client.get(PAGE).status_code == status


def test_a_moderator_cannot_add_or_delete_a_watched_word(app):
    word = watch("crypto")
    client = app.test_client()
    sign_in(client, make_moderator())
    assert add(client, "casino").status_code == 404
    assert client.post(f"{PAGE}/{word.id}/delete").status_code == 404
    assert words() == ["crypto"]


# --- adding and deleting ---------------------------------------------------------------------


def test_an_admin_adds_a_word_and_it_is_listed_and_audited(admin_client):
    response = add(admin_client, "crypto", "block", BLOCK_MESSAGE)
    assert response.status_code == 302
    listing = text(admin_client.get(PAGE))
    assert "<h1>Watched words</h1>" in listing
    assert "<code>crypto</code>" in listing
    assert "Block" in listing
    assert str(escape(BLOCK_MESSAGE)) in listing
    (entry,) = audit("watched_word.add")
    assert entry.actor_id == admin_client.user.id
    assert entry.target_type == "watched_word"
    assert "crypto" in entry.reason


def test_the_add_form_has_the_words_on_the_page(admin_client):
    page = text(admin_client.get(PAGE))
    for label in (
        "Word or pattern",
        "This is a regular expression",
        "Action",
        "Hold for review",
        "Block",
        "Message to the author",
    ):
        assert label in page


def test_deleting_a_word_takes_it_off_the_list_and_is_audited(admin_client):
    word = watch("crypto")
    response = admin_client.post(f"{PAGE}/{word.id}/delete")
    assert response.status_code == 302
    assert words() == []
    (entry,) = audit("watched_word.delete")
    assert entry.target_id == word.id
    assert "crypto" in entry.reason


def test_a_bad_regular_expression_is_a_form_error_not_a_500(admin_client):
    response = add(admin_client, "(unclosed", is_regex=True)
    assert response.status_code == 422
    page = text(response)
    assert (
        "That pattern is not a valid regular expression: missing ), unterminated subpattern" in page
    )
    assert 'value="(unclosed"' in page  # what the admin typed is kept
    assert words() == []
    assert audit("watched_word.add") == []


def test_a_nested_repeat_is_refused_before_it_can_stall_the_site(admin_client):
    response = add(admin_client, "(a+)+$", is_regex=True)
    assert response.status_code == 422
    assert "repeats a repetition" in text(response)
    assert words() == []


def test_a_pattern_longer_than_200_characters_is_refused(admin_client):
    response = add(admin_client, "x" * 201, is_regex=True)
    assert response.status_code == 422
    assert words() == []


def test_a_pattern_that_matches_empty_text_is_refused(admin_client):
    response = add(admin_client, "a*", is_regex=True)
    assert response.status_code == 422
    assert "matches empty text" in text(response)


def test_a_block_needs_a_message_for_the_author(admin_client):
    response = add(admin_client, "crypto", "block", "")
    assert response.status_code == 422
    assert "Write the message the author sees" in text(response)
    assert words() == []


def test_the_same_word_twice_is_refused(admin_client):
    watch("crypto")
    response = add(admin_client, "Crypto")
    assert response.status_code == 422
    assert "already on the list" in text(response)


@pytest.mark.parametrize(
    ("pattern", "nested"),
    [
        ("(a+)+", True),
        ("(a*)*", True),
        ("((ab)+c)+", True),
        ("(a+){2,}", True),
        (r"(\w+\s?)*$", True),
        ("(a|b)+", False),
        ("a+b+", False),
        ("(?:cash ?app)+", False),
        ("[(a+)]+", False),
        (r"\(a+\)+", False),
    ],
)
def test_nested_quantifiers_are_told_apart_from_plain_repeats(pattern, nested):
    assert has_nested_quantifier(pattern) is nested


# --- matching ----------------------------------------------------------------------------------


def test_plain_words_match_whole_words_ignoring_case():
    watch("mule")
    watch("county lines")
    found = match_watched(
        {"body": "Mules, formule, MULE and talk of County  Lines or county lines."}
    )
    assert [(m.field, m.start, m.end, m.word.pattern) for m in found] == [
        ("body", 16, 20, "mule"),
        ("body", 33, 46, "county lines"),
        ("body", 50, 62, "county lines"),
    ]


def test_a_regular_expression_matches_ignoring_case():
    watch(r"cash\s*app", is_regex=True)
    (found,) = match_watched({"title": "Pay me on CASH APP", "body": "nothing here"})
    assert (found.field, found.start, found.end) == ("title", 10, 18)


def test_a_post_with_a_word_that_is_only_part_of_another_is_published(client, author):
    watch("mule")
    response = post_topic(client, "We talked about the Mules football team.")
    assert response.status_code == 302
    topic = db.session.scalar(select(Topic).order_by(Topic.id.desc()))
    assert topic is not None
    assert topic.state is PostState.published


# --- hold ----------------------------------------------------------------------------------------


def test_a_hold_word_holds_the_post_and_the_review_queue_marks_it(client, author, moderator_client):
    watch("county lines")
    response = post_topic(client, "Worried a young person is being drawn into County Lines work.")
    assert response.status_code == 302
    own = client.get(response.headers["Location"])
    assert "Held for review" in text(own)
    item = db.session.scalar(select(ReviewItem).where(ReviewItem.state == ReviewState.open))
    assert item is not None
    assert item.source is ReviewSource.watched_word
    assert item.post.state is PostState.held

    queue = text(moderator_client.get("/moderation/review"))
    assert "Matches a watched word" in queue
    assert re.search(
        r'<mark title="Matches a watched word: county lines">County Lines</mark>', queue
    )


def test_a_reply_with_a_hold_word_is_held(client, author):
    watch("county lines")
    topic = make_topic(make_user())
    response = client.post(f"/t/{topic.id}/reply", data={"body": "Sounds like county lines."})
    assert response.status_code == 302
    reply = db.session.scalar(select(Post).where(Post.topic_id == topic.id, Post.number == 2))
    assert reply is not None
    assert reply.state is PostState.held


def test_a_watched_word_in_the_title_holds_the_topic(client, author):
    watch("crypto")
    post_topic(client, "A plain message.", title="Crypto savings for care leavers")
    topic = db.session.scalar(select(Topic).order_by(Topic.id.desc()))
    assert topic is not None
    assert topic.state is PostState.held


# --- block ---------------------------------------------------------------------------------------


def test_a_block_word_refuses_the_post_with_the_admins_message_and_keeps_the_text(client, author):
    watch("crypto", WatchedAction.block, message=BLOCK_MESSAGE)
    body = "Great returns on crypto, message me for details."
    response = post_topic(client, body, title="Money tips")
    assert response.status_code == 422
    page = text(response)
    assert str(escape(BLOCK_MESSAGE)) in page
    assert body in page
    assert 'value="Money tips"' in page
    assert (
        db.session.scalar(
            select(func.count()).select_from(Topic).where(Topic.title == "Money tips")
        )
        == 0
    )


def test_a_blocked_reply_is_not_saved(client, author):
    watch("crypto", WatchedAction.block, message=BLOCK_MESSAGE)
    topic = make_topic(make_user())
    response = client.post(f"/t/{topic.id}/reply", data={"body": "Try crypto."})
    assert response.status_code == 422
    assert "Try crypto." in text(response)
    assert (
        db.session.scalar(select(func.count()).select_from(Post).where(Post.topic_id == topic.id))
        == 1
    )


# --- edits are checked again --------------------------------------------------------------------


def test_an_edit_is_checked_against_watched_words_again(client, author, moderator_client):
    watch("crypto", WatchedAction.block, message=BLOCK_MESSAGE)
    watch("county lines")
    topic = make_topic(author, replies=1)
    reply = db.session.scalar(select(Post).where(Post.topic_id == topic.id, Post.number == 2))
    assert reply is not None

    blocked = client.post(f"/p/{reply.id}/edit", data={"body": "Now about crypto."})
    assert blocked.status_code == 422
    assert "Now about crypto." in text(blocked)
    db.session.refresh(reply)
    assert reply.body_source.startswith("Post 2")
    assert reply.state is PostState.published

    held = client.post(f"/p/{reply.id}/edit", data={"body": "Now about county lines."})
    assert held.status_code == 302
    db.session.refresh(reply)
    assert reply.state is PostState.held
    queue = text(moderator_client.get("/moderation/review"))
    assert '<mark title="Matches a watched word: county lines">county lines</mark>' in queue
