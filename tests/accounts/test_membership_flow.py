"""Applying, confirming the email, waiting, and being let in: all over HTTP.

The gate is the promise: until a moderator approves an application, the only
page an applicant reaches is their own status page.
"""

from __future__ import annotations

import html
import re
from datetime import UTC, datetime
from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest
from sqlalchemy import func, select

from forum.accounts.models import AccountStatus, User
from forum.extensions import db
from forum.mail.models import OutboxMessage
from tests.factories import make_moderator, make_topic, make_user, sign_in

STRONG_PASSWORD = "kestrel lantern orchard 19"

APPLICATION = {
    "email": "new.worker@example.org",
    "password": STRONG_PASSWORD,
    "display_name": "Alex B.",
    "member_type": "practitioner",
    "organisation": "Northshire Council",
    "job_title": "Senior social worker",
    "region": "North West",
    "country": "England",
    "registration_number": "SW123456",
    "reason": "To share practice on direct work with teenagers.",
    "invite_code": "PRIYA-2026",
    "accept_guidelines": "y",
}


# --- helpers -------------------------------------------------------------------------


class FormPage(HTMLParser):
    """The labels, controls and field errors of a rendered page."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.labels: dict[str, str] = {}  # label text -> the id it points at
        self.legends: list[str] = []
        self.controls: dict[str, dict[str, str | None]] = {}  # id -> attributes
        self.values: dict[str, str] = {}  # name -> submitted value, as a browser would
        self.buttons: list[str] = []
        self._label_for: str | None = None
        self._text: list[str] | None = None
        self._textarea: str | None = None
        self._tag: str | None = None
        self.feed(page)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in {"label", "legend", "button"}:
            self._tag, self._label_for, self._text = tag, a.get("for"), []
        if tag in {"input", "textarea", "select"} and a.get("id"):
            self.controls[a["id"]] = {"tag": tag, **a}
        if tag == "input" and a.get("name"):
            kind = a.get("type", "text")
            if kind in {"radio", "checkbox"}:
                if "checked" in a:
                    self.values[a["name"]] = a.get("value") or "on"
            else:
                self.values[a["name"]] = a.get("value") or ""
        if tag == "textarea" and a.get("name"):
            self._textarea = a["name"]
            self.values[a["name"]] = ""

    def handle_endtag(self, tag):
        if tag == self._tag and self._text is not None:
            text = " ".join("".join(self._text).split())
            if tag == "label" and self._label_for:
                self.labels[text] = self._label_for
            elif tag == "legend":
                self.legends.append(text)
            elif tag == "button":
                self.buttons.append(text)
            self._tag = self._text = None
        if tag == "textarea":
            self._textarea = None

    def handle_data(self, data):
        if self._text is not None:
            self._text.append(data)
        if self._textarea is not None:
            self.values[self._textarea] += data

    def control_for(self, label: str) -> dict[str, str | None]:
        assert label in self.labels, f"no label {label!r}; labels are {sorted(self.labels)}"
        control = self.controls.get(self.labels[label])
        assert control is not None, f"label {label!r} points at no form control"
        return control


def field_error(page: str, field: str) -> str:
    found = re.search(rf'<p class="error" id="{field}-error">(.*?)</p>', page, re.S)
    return html.unescape(found.group(1)) if found else ""


def mails_to(address: str) -> list[OutboxMessage]:
    return list(
        db.session.scalars(
            select(OutboxMessage)
            .where(OutboxMessage.to_address == address)
            .order_by(OutboxMessage.id)
        )
    )


def link_in(message: OutboxMessage, path_prefix: str) -> str:
    """The path of the first link in the mail that starts with this prefix."""
    for url in re.findall(r"https?://\S+", message.body_text):
        path = urlsplit(url).path
        if path.startswith(path_prefix):
            return path
    raise AssertionError(f"no {path_prefix} link in {message.body_text!r}")


def verify_link(address: str) -> str:
    messages = [m for m in mails_to(address) if "/verify/" in m.body_text]
    assert messages, f"no verification mail to {address}"
    return link_in(messages[-1], "/verify/")


def account(email: str) -> User:
    user = db.session.scalar(select(User).where(User.email == email))
    assert user is not None, email
    db.session.refresh(user)
    return user


def apply(client, **changes: str):
    data = {**APPLICATION, **changes}
    return client.post("/apply", data={k: v for k, v in data.items() if v is not None})


def sign_in_with_form(client, email: str, password: str = STRONG_PASSWORD):
    return client.post("/sign-in", data={"email": email, "password": password})


def pending_applicant(**overrides) -> User:
    return make_user(status=AccountStatus.pending, **overrides)


# --- the whole journey ---------------------------------------------------------------


def test_apply_page_shows_every_field_by_its_label(client):
    response = client.get("/apply")

    assert response.status_code == 200
    form = FormPage(response.get_data(as_text=True))
    for label, kind in [
        ("Email", "email"),
        ("Password", "password"),
        ("Display name", "text"),
        ("Organisation", "text"),
        ("Job title", "text"),
        ("Region", "text"),
        ("Country", "text"),
        ("Registration number", "text"),
        ("Invite code", "text"),
        ("I agree to the community guidelines", "checkbox"),
    ]:
        assert form.control_for(label).get("type") == kind, label
    assert form.control_for("Why do you want to join?")["tag"] == "textarea"
    assert "I am a" in form.legends
    for choice in ("Practitioner", "Care leaver", "Ally"):
        assert form.control_for(choice).get("type") == "radio", choice
    assert "Apply" in form.buttons


def test_newcomer_applies_confirms_waits_and_is_let_in_by_a_moderator(app, client):
    moderator = make_moderator(display_name="Sam the moderator")
    member = make_user()
    topic = make_topic(member, slug="good-practice")

    # Apply.
    response = apply(client)
    assert response.status_code == 302
    assert response.headers["Location"] == "/apply/check-your-email"
    assert "Check your email" in client.get("/apply/check-your-email").get_data(as_text=True)
    assert account("new.worker@example.org").status is AccountStatus.unverified
    link = verify_link("new.worker@example.org")

    # Opening the link (a mail scanner might) only shows a button; nothing changes.
    response = client.get(link)
    assert response.status_code == 200
    assert "Confirm my email" in FormPage(response.get_data(as_text=True)).buttons
    assert account("new.worker@example.org").status is AccountStatus.unverified
    assert mails_to(moderator.email) == []

    # Pressing the button confirms the email and puts the application in the queue.
    response = client.post(link)
    assert response.status_code == 302
    assert account("new.worker@example.org").status is AccountStatus.pending
    waiting = mails_to(moderator.email)
    assert len(waiting) == 1
    assert "Alex B." in waiting[0].subject
    assert link_in(waiting[0], "/moderation/applications")

    # The applicant signs in and sees only their status.
    response = sign_in_with_form(client, "new.worker@example.org")
    assert response.status_code == 302
    assert response.headers["Location"] == "/status"
    assert "Waiting for a moderator" in client.get("/status").get_data(as_text=True)
    for path in ("/", "/s/good-practice", f"/t/{topic.id}"):
        response = client.get(path)
        assert response.status_code == 302, path
        assert response.headers["Location"] == "/status", path

    # A moderator approves; the applicant's very next request gets in.
    moderator_client = app.test_client()
    sign_in(moderator_client, moderator)
    applicant = account("new.worker@example.org")
    response = moderator_client.post(
        f"/moderation/applications/{applicant.id}", data={"approve": "Approve", "reason": ""}
    )
    assert response.status_code == 302

    response = client.get("/")
    assert response.status_code == 200
    assert "Signed in as Alex B." in response.get_data(as_text=True)
    assert client.get(f"/t/{topic.id}").status_code == 200
    welcome = mails_to("new.worker@example.org")[-1]
    assert "Welcome" in welcome.subject
    assert link_in(welcome, "/")


def test_application_keeps_what_the_applicant_told_us(client):
    apply(client, email="New.Worker@Example.ORG", registration_number="sw 123456")

    user = account("new.worker@example.org")
    assert user.display_name == "Alex B."
    assert user.password_hash != STRONG_PASSWORD
    a = user.application
    assert (a.organisation, a.job_title, a.region, a.country) == (
        "Northshire Council",
        "Senior social worker",
        "North West",
        "England",
    )
    assert a.registration_number == "SW123456"
    assert a.invite_code == "PRIYA-2026"
    assert a.reason == "To share practice on direct work with teenagers."


def test_care_leaver_applies_without_organisation_or_job_title(client):
    response = apply(
        client,
        member_type="care_leaver",
        display_name="Skylark",
        organisation="",
        job_title="",
        registration_number="",
    )

    assert response.status_code == 302
    assert account("new.worker@example.org").member_type.value == "care_leaver"


# --- the apply form ------------------------------------------------------------------


def test_empty_application_marks_every_required_field(client):
    response = client.post("/apply", data={})

    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert "There is a problem" in page
    for name in ("email", "password", "display_name", "region", "country", "reason"):
        assert field_error(page, name) == "This field is required.", name
    assert field_error(page, "member_type") == "Choose one."
    assert "agree to the community guidelines" in field_error(page, "accept_guidelines")
    assert db.session.scalar(select(func.count()).select_from(User)) == 0
    assert db.session.scalar(select(func.count()).select_from(OutboxMessage)) == 0


def test_practitioner_must_give_organisation_and_job_title(client):
    response = apply(client, organisation="  ", job_title="")

    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert field_error(page, "organisation") == "Practitioners need to fill this in."
    assert field_error(page, "job_title") == "Practitioners need to fill this in."
    assert mails_to("new.worker@example.org") == []


def test_registration_number_in_the_wrong_format_is_refused(client):
    response = apply(client, registration_number="XY12")

    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert "SW followed by digits" in field_error(page, "registration_number")
    assert mails_to("new.worker@example.org") == []


def test_application_without_agreeing_to_the_guidelines_is_refused(client):
    response = apply(client, accept_guidelines=None)

    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert "agree to the community guidelines" in field_error(page, "accept_guidelines")
    assert mails_to("new.worker@example.org") == []


def test_weak_password_is_refused_with_a_reason(client):
    response = apply(client, password="password123")

    assert response.status_code == 422
    reason = field_error(response.get_data(as_text=True), "password")
    assert "common password" in reason
    assert db.session.scalar(select(User).where(User.email == "new.worker@example.org")) is None
    assert mails_to("new.worker@example.org") == []


def test_short_password_is_refused_with_the_minimum_length(client):
    response = apply(client, password="Xq7!")

    assert response.status_code == 422
    assert field_error(response.get_data(as_text=True), "password") == "Use at least 10 characters."


@pytest.mark.parametrize(
    ("problem", "field"),
    [
        ({"registration_number": "XY12"}, "registration_number"),
        ({"password": "password123"}, "password"),
        ({"job_title": ""}, "job_title"),
    ],
)
def test_refused_application_keeps_everything_typed_except_the_password(client, problem, field):
    typed = {**APPLICATION, "organisation": "Smith & Jones <Fostering>", **problem}

    response = client.post("/apply", data=typed)

    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert field_error(page, field)
    shown = FormPage(page).values
    for name, value in typed.items():
        if name == "password":
            continue
        assert shown.get(name, "").strip() == value, name
    assert shown["password"] == ""
    assert typed["password"] not in page


# --- one answer whether or not an email has an account ---------------------------------


def test_applying_with_a_members_email_looks_like_a_new_application(app, client):
    member = make_user(email="priya@example.org", display_name="Priya N.")

    fresh = apply(client, email="someone.new@example.org")
    again = app.test_client()
    existing = apply(again, email="Priya@Example.org")

    assert existing.status_code == fresh.status_code == 302
    assert existing.headers["Location"] == fresh.headers["Location"]
    assert (
        again.get(existing.headers["Location"]).get_data()
        == client.get(fresh.headers["Location"]).get_data()
    )
    [notice] = mails_to("priya@example.org")
    assert "already has an account" in notice.body_text
    assert link_in(notice, "/sign-in")
    assert link_in(notice, "/reset")
    assert "/verify/" not in notice.body_text
    db.session.refresh(member)
    assert member.display_name == "Priya N."
    assert member.status is AccountStatus.active


def test_applying_again_before_confirming_sends_a_fresh_link(client):
    apply(client)
    first = verify_link("new.worker@example.org")

    response = apply(client, email="NEW.worker@example.org")

    assert response.headers["Location"] == "/apply/check-your-email"
    assert len([m for m in mails_to("new.worker@example.org") if "/verify/" in m.body_text]) == 2
    assert client.post(verify_link("new.worker@example.org")).status_code == 302
    assert account("new.worker@example.org").status is AccountStatus.pending
    assert "already been used" in client.get(first).get_data(as_text=True)


# --- links that do not work ------------------------------------------------------------


@pytest.mark.parametrize("method", ["get", "post"])
def test_garbled_verification_link_is_not_valid(client, method):
    apply(client)
    link = verify_link("new.worker@example.org")

    response = getattr(client, method)(link[:-3] + "xyz")

    assert response.status_code == 400
    assert "This link is not valid" in response.get_data(as_text=True)
    assert account("new.worker@example.org").status is AccountStatus.unverified


def test_made_up_verification_link_is_not_valid(client):
    response = client.post("/verify/not-a-token-at-all")

    assert response.status_code == 400
    assert "This link is not valid" in response.get_data(as_text=True)


@pytest.mark.parametrize("method", ["get", "post"])
def test_expired_verification_link_is_refused(app, client, monkeypatch, method):
    apply(client)
    link = verify_link("new.worker@example.org")
    monkeypatch.setitem(app.config, "TOKEN_MAX_AGE_VERIFY", -1)

    response = getattr(client, method)(link)

    assert response.status_code == 400
    assert "This link has expired" in response.get_data(as_text=True)
    assert account("new.worker@example.org").status is AccountStatus.unverified


def test_verification_link_works_only_once(client):
    moderator = make_moderator()
    apply(client)
    link = verify_link("new.worker@example.org")
    assert client.post(link).status_code == 302

    again = client.post(link)

    assert again.status_code == 400
    assert "This link has already been used" in again.get_data(as_text=True)
    assert client.get(link).status_code == 400
    assert account("new.worker@example.org").status is AccountStatus.pending
    assert len(mails_to(moderator.email)) == 1


def test_confirming_while_signed_in_goes_to_the_status_page(client):
    apply(client)
    sign_in_with_form(client, "new.worker@example.org")
    assert "Waiting for you to confirm your email" in client.get("/status").get_data(as_text=True)

    response = client.post(verify_link("new.worker@example.org"))

    assert response.headers["Location"] == "/status"
    assert "Waiting for a moderator" in client.get("/status").get_data(as_text=True)


def test_unconfirmed_applicant_can_have_the_link_sent_again(client):
    apply(client)
    sign_in_with_form(client, "new.worker@example.org")

    response = client.post("/status/resend")

    assert response.headers["Location"] == "/status"
    assert len([m for m in mails_to("new.worker@example.org") if "/verify/" in m.body_text]) == 2
    assert client.post(verify_link("new.worker@example.org")).status_code == 302
    assert account("new.worker@example.org").status is AccountStatus.pending


# --- who reaches what -------------------------------------------------------------------


@pytest.mark.parametrize(
    "status",
    [
        AccountStatus.unverified,
        AccountStatus.pending,
        AccountStatus.info_requested,
        AccountStatus.rejected,
        AccountStatus.withdrawn,
        AccountStatus.suspended,
    ],
)
@pytest.mark.parametrize(
    "path",
    ["/", "/s/good-practice", "/s/good-practice/new", "/t/{topic}", "/moderation/applications"],
)
def test_account_that_is_not_an_approved_member_reaches_only_its_status_page(client, status, path):
    topic = make_topic(make_user(), slug="good-practice")
    user = make_user(status=status)
    sign_in(client, user)

    response = client.get(path.format(topic=topic.id))

    assert response.status_code == 302
    assert response.headers["Location"] == "/status"


def test_pending_applicant_cannot_open_a_space(client):
    sign_in(client, pending_applicant())

    response = client.get("/s/good-practice", follow_redirects=True)

    assert response.request.path == "/status"
    page = response.get_data(as_text=True)
    assert "Waiting for a moderator" in page
    assert "Good practice" not in page


@pytest.mark.parametrize("path", ["/", "/s/good-practice", "/t/{topic}", "/status"])
def test_visitor_is_sent_to_sign_in(client, path):
    topic = make_topic(make_user(), slug="good-practice")

    response = client.get(path.format(topic=topic.id))

    assert response.status_code == 302
    assert urlsplit(response.headers["Location"]).path == "/sign-in"


def test_suspended_member_is_turned_back_at_once_and_told_why(client):
    member = make_user(display_name="Jo")
    topic = make_topic(member, slug="good-practice", title="Life story work")
    sign_in(client, member)
    assert client.get(f"/t/{topic.id}").status_code == 200

    member.status = AccountStatus.suspended
    db.session.commit()
    response = client.get(f"/t/{topic.id}")

    assert response.status_code == 302
    assert response.headers["Location"] == "/status"
    page = client.get("/status").get_data(as_text=True)
    assert "Suspended" in page
    assert "Life story work" not in page


def test_suspended_member_signing_in_lands_on_the_status_page(client):
    member = make_user(status=AccountStatus.suspended)

    response = client.post(
        "/sign-in", data={"email": member.email, "password": "a sturdy test phrase 42"}
    )

    assert response.headers["Location"] == "/status"
    assert "Suspended" in client.get("/status").get_data(as_text=True)
    assert client.get("/").headers["Location"] == "/status"


def test_suspended_member_is_told_until_when(client):
    until = datetime(2031, 3, 3, 12, 0, tzinfo=UTC)
    sign_in(client, make_user(status=AccountStatus.suspended, suspended_until=until))

    page = client.get("/status").get_data(as_text=True)

    assert "Your membership is suspended until 3 March 2031." in page


def test_rejected_applicant_sees_the_reason(app, client):
    applicant = pending_applicant(display_name="Casey")
    moderator = make_moderator()
    moderator_client = app.test_client()
    sign_in(moderator_client, moderator)
    moderator_client.post(
        f"/moderation/applications/{applicant.id}",
        data={"reject": "Reject", "reason": "We could not confirm your organisation."},
    )
    sign_in(client, applicant)

    page = client.get("/status").get_data(as_text=True)

    assert "Not approved" in page
    assert "We could not confirm your organisation." in page
    assert "Withdraw application" not in page
    assert client.get("/").headers["Location"] == "/status"


def test_applicant_withdraws_and_leaves_the_queue(app, client):
    applicant = pending_applicant(display_name="Casey Withdraws")
    moderator_client = app.test_client()
    sign_in(moderator_client, make_moderator())
    sign_in(client, applicant)
    assert "Withdraw application" in client.get("/status").get_data(as_text=True)

    response = client.post("/status/withdraw", follow_redirects=True)

    page = response.get_data(as_text=True)
    assert "Your application is withdrawn." in page
    assert "Withdrawn" in page
    db.session.refresh(applicant)
    assert applicant.status is AccountStatus.withdrawn
    assert "Casey Withdraws" not in moderator_client.get("/moderation/applications").get_data(
        as_text=True
    )
    assert client.get("/").headers["Location"] == "/status"


def test_withdrawn_application_cannot_be_withdrawn_again(client):
    sign_in(client, make_user(status=AccountStatus.withdrawn))

    response = client.post("/status/withdraw", follow_redirects=True)

    assert "can no longer be withdrawn" in response.get_data(as_text=True)


def test_approved_member_on_the_status_page_is_sent_to_the_spaces(client):
    sign_in(client, make_user())

    response = client.get("/status")

    assert response.status_code == 302
    assert response.headers["Location"] == "/"
