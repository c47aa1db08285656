"""'Download my data': the member's own data, and nobody else's private data."""

from __future__ import annotations

import io
import json
import zipfile

import pytest
from sqlalchemy import select

from forum import markup
from forum.accounts.models import User
from forum.extensions import db, utcnow
from forum.messages.models import Conversation, ConversationMember, Message
from forum.people.models import Block, Connection, ConnectionState
from forum.privacy.export import build_export
from forum.threads.models import Post
from moderation.members import services as members
from moderation.models import CaseState, Report, ReportCase, ReportReason
from tests.factories import make_moderator, make_topic, make_user, sign_in

URL = "/settings/your-data/download"
MEMBER_EMAIL = "ash.whitlock@example.org"
OTHER_EMAIL = "bea.marlow@example.org"
# Words that are someone else's, or the moderators': none may be in any file.
NOT_THEIRS = {
    "the other member's email": OTHER_EMAIL,
    "the other member's about text": "Bea grew up in Harrowgate and loves fell running.",
    "the other member's organisation": "Marlow Advocacy Trust",
    "a conversation the member is not in": "Only Bea and Cal know this.",
    "a message from a member they blocked": "Cal writes again, blocked.",
    "a moderator's note about the member": "Keep an eye on Ash's tone.",
    "a warning's audit reason": "Reminder about the posting guidelines, ref 5521.",
    "another member's report": "Bea thinks this is spam.",
    "a moderator's decision": "Dismissed after checking with the author.",
    "a request message sent to them": "Cal here, from the youth club.",
}


def conversation(*people: User) -> Conversation:
    started = Conversation(created_by_id=people[0].id)
    db.session.add(started)
    db.session.flush()
    for who in people:
        db.session.add(ConversationMember(conversation_id=started.id, user_id=who.id))
    return started


def say(where: Conversation, author: User, body: str) -> Message:
    sent = Message(
        conversation_id=where.id,
        author_id=author.id,
        body_source=body,
        body_html=markup.render(body),
    )
    db.session.add(sent)
    db.session.flush()
    return sent


def connect(requester: User, recipient: User, state: ConnectionState, message: str) -> None:
    db.session.add(
        Connection(
            requester_id=requester.id,
            recipient_id=recipient.id,
            low_id=min(requester.id, recipient.id),
            high_id=max(requester.id, recipient.id),
            state=state,
            message=message,
        )
    )


@pytest.fixture
def world():
    member = make_user(display_name="Ash Whitlock", email=MEMBER_EMAIL)
    member.profile.about_source = "Practice educator in a fostering team."
    other = make_user(display_name="Bea Marlow", email=OTHER_EMAIL)
    other.profile.about_source = NOT_THEIRS["the other member's about text"]
    other.profile.organisation = NOT_THEIRS["the other member's organisation"]
    other.application.organisation = NOT_THEIRS["the other member's organisation"]
    cal = make_user(display_name="Cal Dunmore")
    moderator = make_moderator(display_name="Mo Derator")

    make_topic(member, title="Life story work that helps")
    hidden = make_topic(member, "case-discussion", title="A placement ending", is_anonymous=True)
    anonymous = db.session.scalar(select(Post).where(Post.topic_id == hidden.id))
    anonymous.is_anonymous = True
    anonymous.body_source = "Asked anonymously: how do you end a placement well?"
    theirs = make_topic(other, title="Supervision that helps", replies=1)
    their_post = db.session.scalar(select(Post).where(Post.topic_id == theirs.id))
    db.session.add(
        Post(
            topic=theirs,
            author=member,
            number=3,
            body_source="Reflective supervision, every fortnight.",
            body_html=markup.render("Reflective supervision, every fortnight."),
        )
    )

    ours = conversation(member, other)
    say(ours, member, "Hello Bea, thanks for accepting.")
    say(ours, other, "Hello Ash, good to be in touch.")
    say(conversation(other, cal), other, NOT_THEIRS["a conversation the member is not in"])
    with_cal = conversation(member, cal)
    say(with_cal, member, "Please stop writing to me.")
    say(with_cal, cal, NOT_THEIRS["a message from a member they blocked"])
    db.session.add(Block(blocker_id=member.id, blocked_id=cal.id))

    connect(member, other, ConnectionState.accepted, "We met at the practice educators' day.")
    connect(cal, member, ConnectionState.declined, NOT_THEIRS["a request message sent to them"])

    case = ReportCase(
        target_type="post",
        target_id=their_post.id,
        post_id=their_post.id,
        report_count=2,
        state=CaseState.dismissed,
        decided_by_id=moderator.id,
        decided_at=utcnow(),
        decision="dismiss",
        decision_reason=NOT_THEIRS["a moderator's decision"],
    )
    db.session.add(case)
    db.session.flush()
    db.session.add_all(
        [
            Report(
                case_id=case.id,
                reporter_id=member.id,
                reason=ReportReason.spam,
                details="This reads like an advert.",
            ),
            Report(
                case_id=case.id,
                reporter_id=other.id,
                reason=ReportReason.spam,
                details=NOT_THEIRS["another member's report"],
            ),
        ]
    )
    db.session.commit()
    members.add_member_note(moderator, member, NOT_THEIRS["a moderator's note about the member"])
    members.warn_member(moderator, member, NOT_THEIRS["a warning's audit reason"])
    return {"member": member, "other": other, "cal": cal, "moderator": moderator}


def download(client, member: User) -> zipfile.ZipFile:
    sign_in(client, member)
    response = client.post(URL)
    assert response.status_code == 200
    assert response.mimetype == "application/zip"
    assert response.headers["Content-Disposition"].startswith("attachment; filename=")
    assert response.headers["Content-Disposition"].endswith('.zip"')
    return zipfile.ZipFile(io.BytesIO(response.data))


def read(archive: zipfile.ZipFile, name: str):
    return json.loads(archive.read(name))


def test_the_download_is_a_zip_of_json_files_and_a_readable_page(client, world):
    archive = download(client, world["member"])
    names = set(archive.namelist())
    assert "index.html" in names
    assert {"account.json", "profile.json", "posts.json", "topics.json"} <= names
    assert {"conversations.json", "connections.json", "reports.json"} <= names
    page = archive.read("index.html").decode()
    assert "<h1>Your data from Practice Commons</h1>" in page
    assert "Reflective supervision, every fortnight." in page
    assert "Hello Ash, good to be in touch." in page


def test_a_get_does_not_download(client, world):
    sign_in(client, world["member"])
    assert client.get(URL).status_code == 405


def test_the_export_holds_the_members_own_data(client, world):
    archive = download(client, world["member"])
    account = read(archive, "account.json")
    assert account["email"] == MEMBER_EMAIL
    assert account["display_name"] == "Ash Whitlock"
    assert read(archive, "profile.json")["about"] == "Practice educator in a fostering team."
    assert read(archive, "application.json")["organisation"] == "Northshire Council"
    posts = read(archive, "posts.json")
    assert [p["text"] for p in posts if p["topic"] == "Supervision that helps"] == [
        "Reflective supervision, every fortnight."
    ]
    topics = {t["title"]: t for t in read(archive, "topics.json")}
    assert set(topics) == {"Life story work that helps", "A placement ending"}


def test_anonymous_posts_are_included_and_marked(client, world):
    archive = download(client, world["member"])
    (anonymous,) = [p for p in read(archive, "posts.json") if p["anonymous"]]
    assert anonymous["text"] == "Asked anonymously: how do you end a placement well?"
    assert anonymous["space"] == "Case discussion (anonymised)"
    assert {t["title"]: t["anonymous"] for t in read(archive, "topics.json")} == {
        "Life story work that helps": False,
        "A placement ending": True,
    }


def test_conversations_show_others_by_display_name_only(client, world):
    archive = download(client, world["member"])
    conversations = read(archive, "conversations.json")
    with_bea = next(c for c in conversations if c["with"] == ["Bea Marlow"])
    assert [(m["from"], m["text"]) for m in with_bea["messages"]] == [
        ("You", "Hello Bea, thanks for accepting."),
        ("Bea Marlow", "Hello Ash, good to be in touch."),
    ]
    assert set(with_bea) == {"id", "started_at", "with", "you_left_at", "messages"}
    with_cal = next(c for c in conversations if c["with"] == ["Cal Dunmore"])
    assert [m["from"] for m in with_cal["messages"]] == ["You"]  # Cal is blocked: left out


def test_reports_say_what_was_reported_not_what_moderators_decided(client, world):
    archive = download(client, world["member"])
    (report,) = read(archive, "reports.json")
    assert report["about"] == "A post in “Supervision that helps”"
    assert report["reason"] == "Spam"
    assert report["details"] == "This reads like an advert."
    assert set(report) == {"about", "reason", "details", "sent_at"}


def test_connections_show_display_names_and_state(client, world):
    archive = download(client, world["member"])
    connections = {c["with"]: c for c in read(archive, "connections.json")}
    assert connections["Bea Marlow"]["state"] == "accepted"
    assert connections["Bea Marlow"]["your_message"] == "We met at the practice educators' day."
    assert connections["Cal Dunmore"]["state"] == "declined"
    assert connections["Cal Dunmore"]["you_asked"] is False
    assert [b["member"] for b in read(archive, "blocked.json")] == ["Cal Dunmore"]


@pytest.mark.parametrize("what", sorted(NOT_THEIRS))
def test_nobody_elses_private_data_is_in_any_file(client, world, what):
    archive = download(client, world["member"])
    for name in archive.namelist():
        content = archive.read(name).decode()
        assert NOT_THEIRS[what] not in content, f"{what} is in {name}"
        assert world["moderator"].email not in content
        assert world["cal"].email not in content


def test_the_export_takes_the_same_queries_however_much_there_is(app, world, queries):
    member = world["member"]
    db.session.refresh(member)  # loaded, as the signed-in member is before a view runs
    with queries() as few:
        build_export(member)
    other = world["other"]
    for n in range(5):
        make_topic(member, title=f"More topic {n}", replies=2)
        chat = conversation(member, other)
        say(chat, member, f"Message {n}")
        say(chat, other, f"Answer {n}")
        newcomer = make_user()
        connect(member, newcomer, ConnectionState.pending, "Hello")
        db.session.add(Block(blocker_id=member.id, blocked_id=make_user().id))
    db.session.flush()
    with queries() as many:
        build_export(member)
    assert many.count == few.count
    # One per table read: the 9 of people and reports, notification choices and watches (4),
    # bookmarks and drafts (2), event answers (1), check-ins (1 when there are none).
    assert few.count == 17
