"""Line breaks a visitor sends never reach a header: no forged redirect, cookie or calendar field."""

from __future__ import annotations

import pytest

from forum.extensions import db
from forum.threads.models import Topic
from tests.security.role_world import build, rolled_back

BREAKS = [
    "%0d%0aSet-Cookie:%20forged=1",
    "%0aLocation:%20https://evil.example",
    "%E5%98%8A%E5%98%8DX",
]


@pytest.mark.parametrize("tail", BREAKS)
def test_the_gate_remembering_a_page_adds_no_header(client, tail):
    response = client.get(f"/s/welcome{tail}")
    assert response.status_code in {302, 404}
    assert "forged" not in " ".join(response.headers.getlist("Set-Cookie"))
    for name, value in response.headers.items():
        assert "\r" not in value, name
        assert "\n" not in value, name
        assert "evil.example" not in value, name


@pytest.mark.parametrize("tail", BREAKS)
def test_the_sign_in_page_with_a_broken_next_adds_no_header(client, tail):
    response = client.get(f"/sign-in?next=/{tail}")
    assert response.status_code == 200
    assert "forged" not in " ".join(response.headers.getlist("Set-Cookie"))
    assert all("\n" not in value for _, value in response.headers.items())


def test_a_title_with_line_breaks_cannot_add_a_calendar_field(client, app):
    world = build(app)
    event = world.by_endpoint["events"]["topic_id"]
    with rolled_back():
        topic = db.session.get(Topic, event)
        assert topic is not None
        topic.title = "Training\r\nATTENDEE:mailto:evil@example.org\r\nX"
        db.session.commit()
        client.set_cookie("session", world.cookies["care_leaver"] or "")
        ics = client.get(f"/t/{event}/event.ics").get_data(as_text=True)
    lines = ics.split("\r\n")
    assert not any(line.startswith("ATTENDEE") for line in lines)


def test_a_display_name_with_line_breaks_cannot_add_a_mail_header(app):
    """A name in a subject line stays on that line: no Bcc, no second header."""
    from forum.mail.services import _build, queue

    with app.test_request_context():
        message = queue(
            "member@example.org",
            "connection_request",
            asker_name="Sam\r\nBcc: everyone@example.org\nX-Evil: 1",
            user={"display_name": "Jo"},
            link="http://127.0.0.1:5000/connections",
            kind_label="Connection requests",
            settings_url="http://127.0.0.1:5000/settings",
            unsubscribe_url="http://127.0.0.1:5000/unsubscribe/x",
        )
        db.session.flush()  # as delivery finds it: stored, with its time
        email = _build(message)

    assert "\n" not in message.subject
    assert "\r" not in message.subject
    assert email["Bcc"] is None
    assert email["X-Evil"] is None
    assert email["Subject"] == "Sam"  # the rest falls into the body, as text
