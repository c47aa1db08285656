"""The approval queue: moderators read the evidence and decide, once, on the record."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from sqlalchemy import select

from forum.accounts.models import AccountStatus, MemberType, Role, User
from forum.extensions import db, utcnow
from forum.mail.models import OutboxMessage
from moderation.models import AuditEntry
from tests.factories import make_moderator, make_user, sign_in


@pytest.fixture
def moderator(app):
    return make_moderator(display_name="Sam the moderator")


@pytest.fixture
def moderator_client(app, moderator):
    client = app.test_client()
    sign_in(client, moderator)
    return client


def applicant(name: str = "Alex B.", age: timedelta = timedelta(hours=1), **overrides) -> User:
    user = make_user(status=AccountStatus.pending, display_name=name, **overrides)
    assert user.application is not None
    user.application.submitted_at = utcnow() - age
    db.session.flush()
    return user


def decide(client, user: User, button: str, reason: str = ""):
    name = {"Approve": "approve", "Reject": "reject", "Ask for more information": "ask"}[button]
    return client.post(f"/moderation/applications/{user.id}", data={name: button, "reason": reason})


def status_of(user: User) -> AccountStatus:
    db.session.refresh(user)
    return user.status


def mails_to(address: str) -> list[OutboxMessage]:
    return list(
        db.session.scalars(
            select(OutboxMessage)
            .where(OutboxMessage.to_address == address)
            .order_by(OutboxMessage.id)
        )
    )


def audit_entries() -> list[AuditEntry]:
    return list(db.session.scalars(select(AuditEntry).order_by(AuditEntry.id)))


def card(page: str, user: User) -> str:
    """The queue's article for one applicant."""
    found = re.search(rf'<article[^>]*id="application-{user.id}".*?</article>', page, re.S)
    assert found, f"application {user.id} is not in the queue"
    return found.group(0)


def queue_page(client) -> str:
    response = client.get("/moderation/applications")
    assert response.status_code == 200
    return response.get_data(as_text=True)


# --- who sees the queue ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "member_type"),
    [
        (Role.member, MemberType.practitioner),
        (Role.member, MemberType.care_leaver),
        (Role.member, MemberType.ally),
    ],
)
def test_member_who_is_not_a_moderator_gets_not_found(client, role, member_type):
    target = applicant()
    sign_in(client, make_user(role=role, member_type=member_type))

    assert client.get("/moderation/applications").status_code == 404
    assert decide(client, target, "Approve").status_code == 404
    assert status_of(target) is AccountStatus.pending
    assert audit_entries() == []


@pytest.mark.parametrize("role", [Role.moderator, Role.admin])
def test_moderators_and_admins_open_the_queue(client, role):
    sign_in(client, make_moderator(role=role))

    page = queue_page(client)

    assert "<h1>Approval queue</h1>" in page
    assert 'href="/moderation">Moderation' in page  # the header link to the dashboard


def test_suspended_moderator_cannot_open_the_queue(client):
    sign_in(client, make_moderator(status=AccountStatus.suspended))

    response = client.get("/moderation/applications")

    assert response.status_code == 302
    assert response.headers["Location"] == "/status"


def test_queue_says_when_nothing_is_waiting(moderator_client):
    assert "No applications are waiting." in queue_page(moderator_client)


# --- what the queue shows ----------------------------------------------------------------------


def test_queue_lists_applications_oldest_first(moderator_client):
    applicant("Middle Applicant", age=timedelta(days=2))
    applicant("Newest Applicant", age=timedelta(minutes=5))
    applicant("Oldest Applicant", age=timedelta(days=9))

    page = queue_page(moderator_client)

    names = re.findall(r'<h2 id="applicant-\d+">(.*?)</h2>', page)
    assert names == ["Oldest Applicant", "Middle Applicant", "Newest Applicant"]


def test_queue_leaves_out_accounts_that_are_not_waiting(moderator_client):
    applicant("Waiting Applicant")
    for status in (
        AccountStatus.unverified,
        AccountStatus.active,
        AccountStatus.rejected,
        AccountStatus.withdrawn,
        AccountStatus.suspended,
    ):
        make_user(status=status, display_name=f"Someone {status.value}")

    page = queue_page(moderator_client)

    assert re.findall(r'<h2 id="applicant-\d+">(.*?)</h2>', page) == ["Waiting Applicant"]


def test_queue_shows_the_evidence_for_each_application(moderator_client):
    user = applicant("Alex B.", email="alex@example.org")
    user.application.organisation = "Northshire Council"
    user.application.job_title = "Senior social worker"
    user.application.registration_number = "SW123456"
    user.application.invite_code = "PRIYA-2026"
    user.application.reason = "To share practice on direct work with teenagers."
    db.session.flush()

    article = card(queue_page(moderator_client), user)

    for evidence in (
        "alex@example.org",
        "Practitioner",
        "<dt>Organisation</dt><dd>Northshire Council</dd>",
        "<dt>Job title</dt><dd>Senior social worker</dd>",
        "<dt>Region</dt><dd>North West, England</dd>",
        "<dt>Registration number</dt><dd>SW123456</dd>",
        "<dt>Invite code</dt><dd>PRIYA-2026</dd>",
        "To share practice on direct work with teenagers.",
    ):
        assert evidence in article, evidence
    for button in ("Approve", "Reject", "Ask for more information"):
        assert re.search(rf"<button[^>]*>{button}</button>", article), button
    assert re.search(r"<label[^>]*>Reason</label>", article)


def test_queue_says_when_there_is_no_registration_number_or_invite(moderator_client):
    user = applicant()

    article = card(queue_page(moderator_client), user)

    assert "<dt>Registration number</dt><dd>Not given</dd>" in article
    assert "<dt>Invite code</dt><dd>None</dd>" in article


def test_applicants_own_words_are_shown_as_text_not_markup(moderator_client):
    user = applicant('<script>alert("x")</script>')
    user.application.reason = "<b>bold</b> claims & more"
    db.session.flush()

    article = card(queue_page(moderator_client), user)

    assert "<script>" not in article
    assert "&lt;script&gt;" in article
    assert "&lt;b&gt;bold&lt;/b&gt; claims &amp; more" in article


# --- approving ----------------------------------------------------------------------------------


def test_approval_lets_the_applicant_in_and_welcomes_them(app, moderator, moderator_client):
    user = applicant("Alex B.")
    own = app.test_client()
    sign_in(own, user)
    assert own.get("/").headers["Location"] == "/status"

    response = decide(moderator_client, user, "Approve")

    assert response.status_code == 302
    assert response.headers["Location"] == "/moderation/applications"
    page = moderator_client.get("/moderation/applications").get_data(as_text=True)
    assert "Alex B. is approved." in page
    assert 'id="application-' not in page
    assert status_of(user) is AccountStatus.active
    assert own.get("/").status_code == 200
    [welcome] = mails_to(user.email)
    assert "Welcome" in welcome.subject
    [entry] = audit_entries()
    assert (entry.actor_id, entry.action, entry.target_type, entry.target_id) == (
        moderator.id,
        "application.approve",
        "user",
        user.id,
    )
    assert user.application.decided_by_id == moderator.id
    assert user.application.decided_at is not None


# --- rejecting ------------------------------------------------------------------------------------


def test_rejection_without_a_reason_is_refused(moderator_client):
    user = applicant("Alex B.")

    response = decide(moderator_client, user, "Reject", reason="   ")

    page = moderator_client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Give a reason: the applicant will read it." in page
    assert status_of(user) is AccountStatus.pending
    assert 'id="application-' in page
    assert mails_to(user.email) == []
    assert audit_entries() == []


def test_rejection_with_a_reason_is_emailed_and_recorded(moderator, moderator_client, client):
    user = applicant("Alex B.")
    reason = "We could not confirm your organisation."

    response = decide(moderator_client, user, "Reject", reason=reason)

    assert "Alex B.&#39;s application is rejected." in moderator_client.get(
        response.headers["Location"]
    ).get_data(as_text=True)
    assert status_of(user) is AccountStatus.rejected
    assert user.application.decision_reason == reason
    [mail] = mails_to(user.email)
    assert reason in mail.body_text
    assert "/status" in mail.body_text
    [entry] = audit_entries()
    assert (entry.actor_id, entry.action, entry.target_id, entry.reason) == (
        moderator.id,
        "application.reject",
        user.id,
        reason,
    )
    sign_in(client, user)
    page = client.get("/status").get_data(as_text=True)
    assert "Not approved" in page
    assert reason in page
    assert client.get("/").headers["Location"] == "/status"


# --- asking for more information ------------------------------------------------------------------


def test_question_without_text_is_refused(moderator_client):
    user = applicant()

    response = decide(moderator_client, user, "Ask for more information", reason="")

    assert "Give a reason" in moderator_client.get(response.headers["Location"]).get_data(
        as_text=True
    )
    assert status_of(user) is AccountStatus.pending


def test_applicant_answers_a_question_and_returns_to_the_queue(
    app, moderator, moderator_client, client
):
    user = applicant("Alex B.")
    other_moderator = make_moderator(display_name="Second moderator")
    question = "Which team do you work in?"

    decide(moderator_client, user, "Ask for more information", reason=question)

    assert status_of(user) is AccountStatus.info_requested
    [asked] = mails_to(user.email)
    assert question in asked.body_text
    article = card(queue_page(moderator_client), user)
    assert "Waiting for the applicant's answer." in article
    assert "<button" not in article

    sign_in(client, user)
    page = client.get("/status").get_data(as_text=True)
    assert "A moderator has a question" in page
    assert question in page
    assert '<label for="answer">Your answer</label>' in page
    assert client.get("/").headers["Location"] == "/status"

    response = client.post(
        "/status/answer", data={"answer": "The leaving care team in Northshire."}
    )

    assert response.headers["Location"] == "/status"
    page = client.get("/status").get_data(as_text=True)
    assert "Thank you: your answer is with the moderators." in page
    assert "Waiting for a moderator" in page
    assert status_of(user) is AccountStatus.pending
    for someone in (moderator, other_moderator):
        assert any("answered" in m.subject for m in mails_to(someone.email)), someone.email
    article = card(queue_page(moderator_client), user)
    assert question in article
    assert "The leaving care team in Northshire." in article
    assert re.search(r"<button[^>]*>Approve</button>", article)

    decide(moderator_client, user, "Approve")
    assert status_of(user) is AccountStatus.active
    assert [e.action for e in audit_entries()] == ["application.ask", "application.approve"]


def test_empty_answer_is_refused(moderator_client, client):
    user = applicant()
    decide(moderator_client, user, "Ask for more information", reason="Which team?")
    sign_in(client, user)

    response = client.post("/status/answer", data={"answer": ""})

    assert response.status_code == 422
    assert "This field is required." in response.get_data(as_text=True)
    assert status_of(user) is AccountStatus.info_requested


def test_answer_sent_again_from_a_stale_page_says_why_it_is_refused(moderator_client, client):
    user = applicant()
    decide(moderator_client, user, "Ask for more information", reason="Which team?")
    sign_in(client, user)
    client.post("/status/answer", data={"answer": "The leaving care team."})

    response = client.post("/status/answer", data={"answer": "The leaving care team, again."})

    assert response.status_code == 422
    assert "There is no question waiting for an answer." in response.get_data(as_text=True)
    assert user.application.info_response == "The leaving care team."


# --- two moderators -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Approve", "Reject"),
        ("Reject", "Approve"),
        ("Approve", "Approve"),
        ("Ask for more information", "Approve"),
    ],
)
def test_second_decision_is_told_who_decided_first_and_the_first_stands(
    app, moderator, moderator_client, first, second
):
    user = applicant("Alex B.")
    late = app.test_client()
    sign_in(late, make_moderator(display_name="Late moderator"))
    outcome = {
        "Approve": AccountStatus.active,
        "Reject": AccountStatus.rejected,
        "Ask for more information": AccountStatus.info_requested,
    }

    decide(moderator_client, user, first, reason="First reason")
    response = decide(late, user, second, reason="Second reason")

    assert response.status_code == 302
    page = late.get(response.headers["Location"]).get_data(as_text=True)
    assert "This application was already decided by Sam the moderator." in page
    assert status_of(user) is outcome[first]
    assert user.application.decided_by_id == moderator.id
    entries = audit_entries()
    assert len(entries) == 1
    assert entries[0].actor_id == moderator.id
    assert len(mails_to(user.email)) == 1


def test_deciding_an_application_that_does_not_exist_is_not_found(moderator_client):
    make_user()  # something committed before the request, as in real use
    db.session.commit()

    response = decide(moderator_client, User(id=987654), "Approve")

    assert response.status_code == 404
    assert audit_entries() == []


def test_every_decision_leaves_an_audit_entry(moderator, moderator_client):
    approved = applicant("To approve", age=timedelta(days=3))
    rejected = applicant("To reject", age=timedelta(days=2))
    asked = applicant("To ask", age=timedelta(days=1))

    decide(moderator_client, approved, "Approve")
    decide(moderator_client, rejected, "Reject", reason="Not social care.")
    decide(moderator_client, asked, "Ask for more information", reason="Which team?")

    entries = audit_entries()
    assert [(e.action, e.target_id, e.reason) for e in entries] == [
        ("application.approve", approved.id, ""),
        ("application.reject", rejected.id, "Not social care."),
        ("application.ask", asked.id, "Which team?"),
    ]
    assert {e.actor_id for e in entries} == {moderator.id}
    assert all(e.created_at is not None for e in entries)


@pytest.mark.parametrize("waiting", [3, 40])
def test_the_queue_costs_the_same_few_queries_however_long_it_is(
    app, moderator_client, queries, waiting
):
    for _ in range(waiting):
        applicant()
    db.session.commit()
    db.session.expunge_all()  # as in a real request: nothing the test made is cached
    moderator_client.get("/moderation/applications")
    with queries() as counted:
        page = moderator_client.get("/moderation/applications")
    assert page.status_code == 200
    assert counted.count <= 4, counted.statements
