"""'Delete my account': a tombstone stays, nothing personal does, and sessions end."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import JSON, String, Text, func, select

from forum import markup
from forum.accounts.models import AccountStatus, RecoveryCode, User
from forum.extensions import Base, db
from forum.mail import services as mail
from forum.mail.models import OutboxMessage
from forum.messages.models import Conversation, ConversationMember, Message
from forum.notifications import fanout
from forum.notifications import services as notifications
from forum.notifications.models import Notification
from forum.people.models import Block, Connection, ConnectionState
from forum.privacy.erasure import FORMER_MEMBER, REMOVED
from forum.threads import services as threads
from forum.threads.models import Post, PostRevision, Topic, TopicRead
from moderation.members import services as members
from moderation.models import Report, ReportCase, ReportReason, Sanction
from tests.factories import PASSWORD, make_moderator, make_topic, make_user, sign_in

PAGE = "/settings/delete-account"
NAME = "Rowan Quickfeather"
EMAIL = "rowan.quickfeather@example.org"
ORGANISATION = "Thistledown Fostering Partnership"
ABOUT = "Twenty years in kinship care across the Wolds and the Vale."
CHILD = "Kayleigh Brightwater"  # a child's full name: the guard flags it
AVATAR = "0123456789abcdef0123456789abcdef.png"


def text(response) -> str:
    return response.get_data(as_text=True)


def message(conversation: Conversation, author: User, body: str) -> Message:
    sent = Message(
        conversation_id=conversation.id,
        author_id=author.id,
        body_source=body,
        body_html=markup.render(body),
        justification="It is only between us." if author.display_name == NAME else "",
    )
    db.session.add(sent)
    db.session.flush()
    return sent


@pytest.fixture
def world(app):
    """A member with a bit of everything: posts, an edit, messages, a connection, mail."""
    member = make_user(display_name=NAME, email=EMAIL, totp_secret="JBSWY3DPEHPK3PXP")
    member.application.organisation = ORGANISATION
    member.application.registration_number = "SW918273"
    member.application.invite_code = "QUICKFEATHER7"
    member.application.info_response = f"I work at {ORGANISATION}."
    profile = member.profile
    profile.organisation = ORGANISATION
    profile.role_line = "Kinship care social worker"
    profile.about_source = ABOUT
    profile.about_html = markup.render(ABOUT)
    profile.avatar_name = AVATAR
    Path(app.config["AVATAR_DIR"]).mkdir(parents=True, exist_ok=True)
    picture = Path(app.config["AVATAR_DIR"]) / AVATAR
    picture.write_bytes(b"\x89PNG not really")
    other = make_user(display_name="Sam Ellory")
    third = make_user(display_name="Jo Pell")
    moderator = make_moderator(display_name="Mo Derator")

    topic = make_topic(member, title=f"Advice about {CHILD} and a school move")
    first = db.session.scalar(select(Post).where(Post.topic_id == topic.id))
    threads.revise(first, member, f"I am worried about {CHILD} and her new placement.")
    reply = Post(
        topic=topic,
        author=other,
        number=2,
        body_source="Talk to the virtual school head first.",
        body_html=markup.render("Talk to the virtual school head first."),
    )
    theirs = make_topic(other, title="Supervision that helps")
    mine = Post(
        topic=theirs,
        author=member,
        number=2,
        body_source=f"{CHILD} said she was scared. Signed, {NAME}",
        body_html=markup.render(f"{CHILD} said she was scared. Signed, {NAME}"),
    )
    db.session.add_all([reply, mine])
    topic.post_count = 2
    theirs.post_count = 2
    db.session.flush()
    fanout.announce_post(mine)  # tells Sam: "Rowan Quickfeather replied to …"
    notifications.notify(member.id, "reply", "Sam Ellory replied", "/t/1")
    db.session.add(TopicRead(user_id=member.id, topic_id=topic.id, last_read_number=2))

    db.session.add(
        Connection(
            requester_id=member.id,
            recipient_id=other.id,
            low_id=min(member.id, other.id),
            high_id=max(member.id, other.id),
            state=ConnectionState.accepted,
            message=f"Hello, it is {NAME} from {ORGANISATION}.",
        )
    )
    conversation = Conversation(created_by_id=member.id)
    db.session.add(conversation)
    db.session.flush()
    for who in (member, other):
        db.session.add(ConversationMember(conversation_id=conversation.id, user_id=who.id))
    from_member = message(conversation, member, f"About {CHILD}: the review is on Monday.")
    from_other = message(conversation, other, "Thanks, I will be there.")
    db.session.add(Block(blocker_id=member.id, blocked_id=third.id))
    db.session.add(RecoveryCode(user_id=member.id, code_hash="not-a-real-hash"))
    mail.queue(member.email, "reset_password", user=member, link="http://localhost/reset/x")
    db.session.add(
        OutboxMessage(
            to_address=moderator.email,
            subject=f"{NAME} answered your question",
            body_text=f"{NAME} ({EMAIL}) answered.",
        )
    )
    case = ReportCase(target_type="post", target_id=reply.id, post_id=reply.id, report_count=1)
    db.session.add(case)
    db.session.flush()
    db.session.add(
        Report(case_id=case.id, reporter_id=member.id, reason=ReportReason.other, details="Off.")
    )
    db.session.commit()
    members.warn_member(moderator, member, "Please keep to the guidelines.")
    return {
        "member": member,
        "other": other,
        "third": third,
        "moderator": moderator,
        "topic": topic,
        "first": first,
        "mine": mine,
        "from_member": from_member,
        "from_other": from_other,
        "conversation": conversation,
        "picture": picture,
    }


def delete(client, password: str = PASSWORD):
    return client.post(PAGE, data={"password": password, "submit": "Delete my account"})


def every_text_value() -> list[tuple[str, str, str]]:
    """(table, column, value) for every string, text and JSON value in the database."""
    found = []
    for table in Base.metadata.sorted_tables:
        columns = [c for c in table.columns if isinstance(c.type, String | Text | JSON)]
        if not columns:
            continue
        for row in db.session.execute(select(*columns)):
            for column, value in zip(columns, row, strict=True):
                if value is None:
                    continue
                shown = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
                found.append((table.name, column.name, shown))
    return found


def test_the_settings_page_offers_both_buttons(client, world):
    sign_in(client, world["member"])
    page = text(client.get("/settings"))
    assert "Your data" in page
    assert "Download my data</button>" in page
    assert "Delete my account</button>" in page


def test_the_confirmation_page_asks_for_the_password(client, world):
    sign_in(client, world["member"])
    page = text(client.get(PAGE))
    assert '<label for="password">Password</label>' in page
    assert 'value="Delete my account"' in page


def test_a_wrong_password_is_refused_and_nothing_changes(client, world):
    member = world["member"]
    sign_in(client, member)

    response = delete(client, password="not my password at all")

    assert response.status_code == 422
    assert "That is not your password. Nothing has been deleted." in text(response)
    db.session.expire_all()
    assert member.status is AccountStatus.active
    assert member.display_name == NAME
    assert member.profile.about_source == ABOUT
    assert CHILD in world["mine"].body_source
    assert world["picture"].exists()
    assert client.get("/settings").status_code == 200  # still signed in


def test_an_empty_password_is_a_form_error(client, world):
    sign_in(client, world["member"])
    response = delete(client, password="")
    assert response.status_code == 422
    assert "Enter your password." in text(response)


SECRETS = (EMAIL, NAME, "Quickfeather", ORGANISATION, ABOUT, CHILD, "SW918273", "QUICKFEATHER7")


def places_holding(secret: str) -> set[tuple[str, str]]:
    return {(t, c) for t, c, v in every_text_value() if secret.lower() in v.lower()}


def test_erasure_leaves_no_personal_data_anywhere_in_the_database(client, world):
    before = {secret: places_holding(secret) for secret in SECRETS}
    assert all(before.values())  # the scan finds each one while the account is there
    assert ("post_revisions", "title") in before[CHILD]
    assert ("outbox_messages", "body_text") in before[EMAIL]
    sign_in(client, world["member"])

    response = delete(client)

    assert response.status_code == 302
    assert response.headers["Location"].endswith("/sign-in")
    assert "Your account is deleted." in text(client.get("/sign-in"))
    db.session.expire_all()
    for secret in SECRETS:
        assert places_holding(secret) == set(), secret


def test_a_tombstone_row_stays_for_what_points_at_it(client, world):
    member = world["member"]
    sign_in(client, member)
    delete(client)

    db.session.expire_all()
    tombstone = db.session.get(User, member.id)
    assert tombstone is not None
    assert tombstone.display_name == FORMER_MEMBER
    assert tombstone.email == f"erased-{member.id}@invalid"
    assert tombstone.status is AccountStatus.erased
    assert tombstone.totp_secret is None
    assert tombstone.profile.about_source == tombstone.profile.organisation == ""
    assert tombstone.profile.avatar_name is None
    assert not world["picture"].exists()
    # Reports they sent and the sanctions they were given stay, pointing at the tombstone.
    assert db.session.scalar(select(Report.reporter_id)) == member.id
    assert db.session.scalar(select(Sanction.user_id)) == member.id


def test_their_posts_show_former_member_with_the_flagged_text_removed(client, world):
    sign_in(client, world["member"])
    delete(client)

    sign_in(client, world["other"])
    page = text(client.get(f"/t/{world['topic'].id}"))
    assert FORMER_MEMBER in page
    assert REMOVED in page
    assert CHILD not in page
    assert NAME not in page
    assert "her new placement" in page  # the rest of what they wrote stays
    assert "Talk to the virtual school head first." in page  # and the replies to it

    db.session.expire_all()
    assert world["topic"].title == f"Advice about {REMOVED} and a school move"
    assert world["mine"].body_source == f"{REMOVED} said she was scared. Signed, {REMOVED}"
    assert REMOVED in world["mine"].body_html


def test_earlier_revisions_of_their_posts_are_purged(client, world):
    assert db.session.scalar(select(func.count()).select_from(PostRevision)) == 1
    sign_in(client, world["member"])
    delete(client)
    assert db.session.scalar(select(func.count()).select_from(PostRevision)) == 0


def test_every_session_ends(app, client, world):
    other_device = app.test_client()
    sign_in(other_device, world["member"])
    sign_in(client, world["member"])
    assert other_device.get("/settings").status_code == 200

    delete(client)

    assert other_device.get("/settings").headers["Location"].startswith("/sign-in")
    assert client.get("/settings").headers["Location"].startswith("/sign-in")
    signed_in = client.post("/sign-in", data={"email": EMAIL, "password": PASSWORD})
    assert signed_in.status_code == 422


def test_their_messages_are_deleted_for_everyone_and_others_stay(client, world):
    sign_in(client, world["member"])
    delete(client)

    db.session.expire_all()
    gone, kept = world["from_member"], world["from_other"]
    assert gone.erased_at is not None
    assert gone.body_source == gone.body_html == gone.justification == ""
    assert kept.erased_at is None
    assert kept.body_source == "Thanks, I will be there."
    sign_in(client, world["other"])
    page = text(client.get(f"/messages/{world['conversation'].id}"))
    assert "This message was deleted." in page
    assert "Thanks, I will be there." in page
    assert CHILD not in page


def test_connections_end_and_blocks_notifications_and_their_mail_go(client, world):
    member = world["member"]
    sign_in(client, member)
    delete(client)

    db.session.expire_all()
    connection = db.session.scalar(select(Connection))
    assert connection is not None
    assert connection.state is ConnectionState.ended
    assert connection.message == ""
    assert db.session.scalars(select(Block)).all() == []
    assert (
        db.session.scalars(select(Notification).where(Notification.user_id == member.id)).all()
        == []
    )
    assert db.session.scalars(select(RecoveryCode)).all() == []
    assert db.session.scalars(select(TopicRead).where(TopicRead.user_id == member.id)).all() == []
    assert (
        db.session.scalars(select(OutboxMessage).where(OutboxMessage.to_address == EMAIL)).all()
        == []
    )
    # Sam's notification about the reply now names a former member.
    (note,) = db.session.scalars(
        select(Notification).where(Notification.user_id == world["other"].id)
    )
    assert note.text.startswith(f"{FORMER_MEMBER} replied to")


def test_a_second_request_cannot_erase_again(client, world):
    sign_in(client, world["member"])
    delete(client)
    sign_in(client, db.session.get(User, world["member"].id))
    assert delete(client).status_code == 302  # the gate: not a member any more
    assert db.session.get(User, world["member"].id).status is AccountStatus.erased


def test_topics_of_others_are_left_alone(client, world):
    sign_in(client, world["member"])
    delete(client)
    db.session.expire_all()
    assert db.session.scalar(select(Topic.title).where(Topic.author_id == world["other"].id)) == (
        "Supervision that helps"
    )
    sign_in(client, world["other"])
    assert client.get("/s/welcome").status_code == 200
