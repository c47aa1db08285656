"""Members choose how each conversation kind reaches them; account notices always arrive."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from sqlalchemy import select

from forum.accounts.models import AccountStatus
from forum.extensions import db, utcnow
from forum.mail import services as mail
from forum.notifications import kinds
from forum.notifications import services as notifications
from forum.notifications.models import Channel, NotificationPreference
from forum.threads.models import Post
from tests.factories import make_moderator, make_topic, make_user
from tests.messages.helpers import connect, start
from tests.notifications.support import browser, mail_to, notes_of, reply, text

ROOT = Path(__file__).resolve().parents[2]
ALL_KINDS = {f"kind_{k.name}": "in_app" for k in kinds.CHOICES}


def save(app, user, digest: str = "off", **channels: str) -> str:
    data = {**ALL_KINDS, **{f"kind_{name}": value for name, value in channels.items()}}
    response = browser(app, user).post(
        "/settings/notifications",
        data={**data, "digest": digest, "submit": "Save notification settings"},
        follow_redirects=True,
    )
    assert response.status_code == 200
    return text(response)


def test_the_settings_page_has_a_field_per_kind_and_the_digest(app):
    page = text(browser(app, make_user()).get("/settings"))
    assert "<h2" in page
    assert 'id="notifications"' in page
    for kind in kinds.CHOICES:
        assert f'<label for="kind_{kind.name}">{kind.label}</label>' in page
    assert '<label for="digest">Email digest</label>' in page
    for choice in ("In app", "Email", "Off", "Daily", "Weekly"):
        assert f">{choice}</option>" in page
    assert 'value="Save notification settings"' in page
    # Account and safety notices are not offered: they cannot be turned off.
    assert "post_published" not in page
    assert "A moderator published your post" not in page


def test_saved_choices_are_shown_again(app):
    member = make_user()
    page = save(app, member, digest="weekly", reply="off", mention="email")
    assert "Your notification settings are saved." in page
    assert re.search(
        r'<select[^>]*id="kind_reply"[^>]*>.*?<option selected value="off">', page, re.S
    )
    assert re.search(
        r'<select[^>]*id="digest"[^>]*>.*?<option selected value="weekly">', page, re.S
    )
    # Only what differs from the defaults is stored.
    stored = dict(
        db.session.execute(
            select(NotificationPreference.kind, NotificationPreference.channel).where(
                NotificationPreference.user_id == member.id
            )
        ).all()
    )
    assert stored["reply"] is Channel.off
    assert "mention" not in stored  # Email is its default


def test_a_nonsense_choice_changes_nothing(app):
    member = make_user()
    page = save(app, member, reply="loudly")
    assert "Choose In app, Email or Off" in page
    assert notifications.settings_for(member).channels["reply"] is Channel.email


@pytest.mark.parametrize(
    ("choice", "rows", "emails"), [("email", 1, 1), ("in_app", 1, 0), ("off", 0, 0)]
)
def test_a_reply_follows_the_authors_choice(app, choice, rows, emails):
    author = make_user()
    topic = make_topic(author, "welcome", title="Hello all")
    save(app, author, reply=choice)
    reply(app, make_user(display_name="Tom"), topic)
    assert len(notes_of(author)) == rows
    assert len(mail_to(author)) == emails
    if rows:
        assert notes_of(author)[0].text == "Tom replied to “Hello all”"


def test_private_messages_and_connection_requests_follow_the_choice(app):
    asker, member = make_user(), make_user(display_name="Jo")
    save(app, member, message="off", connection_request="in_app")
    asking = browser(app, asker).post(
        f"/members/{member.id}/connect",
        data={"message": "We met at the practice forum.", "submit": "Send request"},
    )
    assert asking.status_code == 302
    assert [n.kind for n in notes_of(member)] == ["connection_request"]
    assert mail_to(member) == []  # "In app": no email

    friend = make_user(display_name="Sam")
    connect(friend, member)
    sent = start(browser(app, friend), member.id, "Are you coming on Thursday?")
    assert sent.status_code == 302
    assert [n.kind for n in notes_of(member)] == ["connection_request"]  # "Off": nothing
    assert mail_to(member) == []

    other = make_user()  # on the defaults: a message is emailed, with an unsubscribe
    connect(friend, other)
    start(browser(app, friend), other.id, "And you?")
    [email] = mail_to(other)
    assert email.subject == "New message from Sam"
    assert email.list_unsubscribe is not None
    assert "Are you coming" not in email.body_text  # private text stays on the site


def test_account_notices_arrive_whatever_is_stored(app):
    """Even a stored "Off" (say, from an old release) cannot silence a decision on your post."""
    member = make_user()
    db.session.add(
        NotificationPreference(user_id=member.id, kind="post_published", channel=Channel.off)
    )
    db.session.flush()
    notifications.notify(member.id, "post_published", "A moderator published your post", "/p/1")
    notifications.notify(member.id, "a_future_safety_notice", "Something you must know", "/")
    assert [n.kind for n in notes_of(member)] == ["post_published", "a_future_safety_notice"]
    assert mail_to(member) == []  # their mail is the caller's, without an unsubscribe


def test_a_suspended_member_gets_no_notification_email(app):
    author = make_user(status=AccountStatus.suspended, suspended_until=utcnow().replace(year=2999))
    topic = make_topic(author, "welcome")
    reply(app, make_user(), topic)
    assert mail_to(author) == []


def test_fan_out_to_many_members_costs_the_same_queries_as_to_a_few(app, queries):
    topic = make_topic(make_user(), "welcome")
    post = db.session.scalar(select(Post).where(Post.topic_id == topic.id))
    few = [make_user() for _ in range(3)]
    many = [make_user() for _ in range(60)]
    for member in many[::2]:
        db.session.add(
            NotificationPreference(user_id=member.id, kind="watched", channel=Channel.email)
        )
    db.session.flush()

    def tell(members) -> int:
        notices = [notifications.Notice(m.id, "watched", "News", f"/p/{post.id}") for m in members]
        with queries() as counter:
            notifications.notify_many(notices)
            db.session.flush()
        return sum(1 for s in counter.statements if s.lstrip().upper().startswith("SELECT"))

    assert tell(few) <= 1  # their choices; nobody chose email, so no member lookup
    assert tell(many) == 2  # their choices, and the members to email: however many
    assert len(mail_to(many[0])) == 1
    assert mail_to(many[1]) == []


def test_moderators_hear_of_their_own_decisions_only_through_their_own_mail(app):
    """A moderator is a member too: their conversation kinds follow their choices."""
    moderator = make_moderator()
    topic = make_topic(moderator, "welcome")
    save(app, moderator, reply="in_app")
    reply(app, make_user(), topic)
    assert len(notes_of(moderator)) == 1
    assert mail_to(moderator) == []


def _notify_kinds_in_source() -> set[str]:
    """Every literal kind passed to notify() or a Notice anywhere in the application."""
    found: set[str] = set()
    for path in [*ROOT.glob("forum/**/*.py"), *ROOT.glob("moderation/**/*.py")]:
        tree = ast.parse(path.read_text())
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            if name in {"notify", "Notice", "_tell"} and len(node.args) >= 2:
                for arg in node.args[1:3]:
                    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                        found.add(arg.value)
    return {kind for kind in found if re.fullmatch(r"[a-z_]+", kind)}


def test_every_kind_the_code_sends_is_registered(app):
    unknown = _notify_kinds_in_source() - set(kinds.KINDS)
    assert unknown == set()
    assert {
        "message",
        "connection_request",
        "post_held",
        "topic_moved",
    } <= _notify_kinds_in_source()


def test_unsubscribe_is_offered_only_for_conversation_kinds():
    assert kinds.can_unsubscribe("mention")
    assert kinds.can_unsubscribe(kinds.DIGEST)
    for kind in kinds.ACCOUNT:
        assert not kinds.can_unsubscribe(kind.name)
    assert not kinds.can_unsubscribe("a_future_safety_notice")


def test_mail_is_queued_in_the_same_change_as_the_notice(app):
    """Nothing is sent before the commit: a rolled-back reply leaves no mail behind."""
    author = make_user()
    notifications.notify(author.id, "reply", "Tom replied to “Hello”", "/p/1")
    assert len(mail_to(author)) == 1
    db.session.rollback()
    assert mail.deliver_due().sent == 0
