"""Moderators work the reports queue: each case in context, decided once, with a reason, on the record."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from sqlalchemy import select

from forum.extensions import db, utcnow
from forum.mail.models import OutboxMessage
from forum.notifications.models import Notification
from forum.threads.models import Post, PostRevision
from moderation import claims
from moderation.models import AuditEntry, CaseState, ReportCase, ReportReason
from moderation.reports import services
from tests.factories import make_moderator, make_topic, make_user, sign_in


@pytest.fixture
def moderator():
    return make_moderator(display_name="Sam the moderator")


@pytest.fixture
def mod_client(app, moderator):
    client = app.test_client()
    sign_in(client, moderator)
    return client


@pytest.fixture
def author():
    return make_user(display_name="Robin the author")


def a_reply(author, slug: str = "welcome", title: str | None = None) -> Post:
    topic = make_topic(author, slug, title=title, replies=1)
    found = db.session.scalar(select(Post).where(Post.topic_id == topic.id, Post.number == 2))
    assert found is not None
    return found


def reported(
    post: Post,
    reason: ReportReason = ReportReason.spam,
    details: str = "",
    reporter=None,
    age: timedelta | None = None,
) -> ReportCase:
    """A report through the service, optionally backdated."""
    reporter = reporter or make_user()
    services.send_report(reporter, post, reason, details)
    case = db.session.scalar(
        select(ReportCase).where(ReportCase.post_id == post.id, ReportCase.state == CaseState.open)
    )
    assert case is not None
    if age is not None:
        case.first_reported_at = utcnow() - age
        db.session.commit()
    return case


def decide(client, case: ReportCase, button: str, reason: str = "Checked against the guidelines."):
    name = {"Dismiss": "dismiss", "Hide": "hide", "Delete": "delete", "Lock topic": "lock"}[button]
    prefix = f"case{case.id}-"
    return client.post(
        f"/moderation/reports/{case.id}", data={prefix + name: button, prefix + "reason": reason}
    )


def queue_page(client) -> str:
    response = client.get("/moderation/reports")
    assert response.status_code == 200
    return response.get_data(as_text=True)


def card(page: str, case: ReportCase) -> str:
    found = re.search(rf'<article[^>]*id="case-{case.id}".*?</article>', page, re.S)
    assert found, f"case {case.id} is not on the page"
    return found.group(0)


def audit_rows() -> list[AuditEntry]:
    return list(db.session.scalars(select(AuditEntry).order_by(AuditEntry.id)))


def notes_for(user) -> list[str]:
    return list(
        db.session.scalars(
            select(Notification.text)
            .where(Notification.user_id == user.id)
            .order_by(Notification.id)
        )
    )


def state_of(case: ReportCase) -> CaseState:
    db.session.expire_all()
    found = db.session.get(ReportCase, case.id)
    assert found is not None
    return found.state


# --- who sees the queue ----------------------------------------------------------------


def test_members_do_not_find_the_queue(app, author):
    case = reported(a_reply(author))
    client = app.test_client()
    sign_in(client, make_user())
    assert client.get("/moderation/reports").status_code == 404
    assert client.get(f"/moderation/reports/{case.id}").status_code == 404
    assert decide(client, case, "Dismiss").status_code == 404
    assert state_of(case) is CaseState.open


# --- the queue page --------------------------------------------------------------------


def test_the_queue_shows_each_case_in_context(mod_client, author):
    post = a_reply(author, "good-practice", title="Direct work with siblings")
    first = make_user(display_name="Alex Reporter")
    second = make_user(display_name="Jo Reporter")
    case = reported(post, ReportReason.harassment, "Mocking a new member.", first)
    reported(post, ReportReason.other, "It reads as a put-down.", second)
    page = card(queue_page(mod_client), case)
    assert "<h1>Reports</h1>" not in page
    for words in (
        "Direct work with siblings",
        "Good practice",
        "Robin the author",
        post.body_html.strip(),
        "Harassment",
        "Other",
        "Alex Reporter",
        "Jo Reporter",
        "Mocking a new member.",
        "It reads as a put-down.",
        "2 reports",
        "Reported just now",
        ">Claim</button>",
        "Reason",
        "Dismiss",
        "Hide",
        "Delete",
        "Lock topic",
        f'href="/moderation/reports/{case.id}/edit"',
        f'href="/moderation/members/{author.id}#warn-title">Warn author',
        f'href="/moderation/members/{author.id}#suspend-title">Suspend author',
    ):
        assert words in page, words
    assert "Reveal author" not in page


def test_an_anonymous_post_offers_only_reveal_author_and_never_names_them(mod_client, author):
    topic = make_topic(author, "case-discussion", is_anonymous=True, replies=1)
    post = db.session.scalar(select(Post).where(Post.topic_id == topic.id, Post.number == 2))
    post.is_anonymous = True
    db.session.flush()
    case = reported(post)
    page = card(queue_page(mod_client), case)
    assert "Anonymous member" in page
    assert "Robin the author" not in page
    assert f"/moderation/members/{author.id}" not in page
    assert "Warn author" not in page
    assert "Suspend author" not in page
    assert f'href="/moderation/posts/{post.id}/reveal">Reveal author' in page


def test_urgent_cases_head_the_queue_then_the_oldest(mod_client, author):
    old = reported(a_reply(author, title="Old spam"), age=timedelta(days=3))
    new = reported(a_reply(author, title="New spam"), age=timedelta(hours=1))
    urgent_new = reported(
        a_reply(author, title="Urgent new"), ReportReason.safeguarding, age=timedelta(minutes=5)
    )
    urgent_old = reported(
        a_reply(author, title="Urgent old"), ReportReason.safeguarding, age=timedelta(hours=5)
    )
    page = queue_page(mod_client)
    order = [int(n) for n in re.findall(r'<article[^>]*id="case-(\d+)"', page)]
    assert order == [urgent_old.id, urgent_new.id, old.id, new.id]
    assert "Safeguarding concern" in card(page, urgent_old)
    assert "Reported 3 days ago" in card(page, old)


def test_decided_cases_leave_the_queue(mod_client, moderator, author):
    case = reported(a_reply(author))
    services.decide_case(moderator, case.id, services.CaseDecision.dismiss, "Fine.")
    assert f'id="case-{case.id}"' not in queue_page(mod_client)
    assert "No reports are waiting." in queue_page(mod_client)


def test_the_queue_costs_the_same_with_2_or_12_cases(app, mod_client, author, queries):
    def add(n: int) -> None:
        for i in range(n):
            post = a_reply(make_user())
            for _ in range(1 + i % 3):
                reported(post, ReportReason.spam if i % 2 else ReportReason.safeguarding)
            if i % 2:
                case = db.session.scalar(select(ReportCase).where(ReportCase.post_id == post.id))
                claims.claim(make_moderator(), claims.Queue.report, case.id)

    def count() -> int:
        db.session.commit()
        with app.app_context(), queries() as counter:
            response = mod_client.get("/moderation/reports")
        assert response.status_code == 200
        return counter.count

    add(2)
    few = count()
    add(10)
    many = count()
    assert few == many
    assert many <= 10, many


# --- claiming --------------------------------------------------------------------------


def test_claiming_shows_who_has_it_to_other_moderators(app, mod_client, author):
    case = reported(a_reply(author))
    response = mod_client.post(f"/moderation/reports/{case.id}/claim")
    assert response.status_code == 302
    assert "Claimed by you" in card(queue_page(mod_client), case)
    other = app.test_client()
    sign_in(other, make_moderator())
    assert "Claimed by Sam the moderator" in card(queue_page(other), case)
    # Their decision is refused while the claim lives.
    decide(other, case, "Hide")
    assert state_of(case) is CaseState.open
    assert "Sam the moderator is working on this." in queue_page(other)


# --- deciding --------------------------------------------------------------------------


@pytest.mark.parametrize("button", ["Dismiss", "Hide", "Delete", "Lock topic"])
def test_every_decision_needs_a_reason_and_keeps_the_case_open(mod_client, author, button):
    case = reported(a_reply(author))
    response = decide(mod_client, case, button, reason="   ")
    assert response.status_code == 422
    assert "Give a reason" in response.get_data(as_text=True)
    assert state_of(case) is CaseState.open
    assert audit_rows() == []


def test_dismissing_a_breach_report_shows_the_post_again(app, mod_client, moderator, author):
    post = a_reply(author)
    case = reported(post, ReportReason.confidentiality)
    assert post.hidden_at is not None
    response = decide(mod_client, case, "Dismiss", "No identifying details.")
    assert response.status_code == 302
    db.session.expire_all()
    assert post.hidden_at is None
    assert not post.hidden_for_review
    member = app.test_client()
    sign_in(member, make_user())
    assert member.get(f"/p/{post.id}").status_code == 302
    [row] = audit_rows()
    assert (row.actor_id, row.action, row.target_type, row.target_id, row.reason) == (
        moderator.id,
        "report.dismiss",
        "post",
        post.id,
        "No identifying details.",
    )
    assert state_of(case) is CaseState.dismissed


def test_dismissing_an_opening_post_breach_shows_the_topic_again(mod_client, author):
    topic = make_topic(author, "welcome")
    post = db.session.scalar(select(Post).where(Post.topic_id == topic.id))
    case = reported(post, ReportReason.confidentiality)
    assert topic.hidden_at is not None
    decide(mod_client, case, "Dismiss")
    db.session.expire_all()
    assert topic.hidden_at is None


def test_hiding_keeps_the_post_from_members_for_good(app, mod_client, author):
    post = a_reply(author)
    case = reported(post, ReportReason.confidentiality)
    decide(mod_client, case, "Hide", "Names a school.")
    db.session.expire_all()
    assert post.hidden_at is not None
    assert not post.hidden_for_review
    assert [r.action for r in audit_rows()] == ["post.hide"]
    assert any(n.startswith("A moderator hid your post") for n in notes_for(author))
    member = app.test_client()
    sign_in(member, make_user())
    assert member.get(f"/p/{post.id}").status_code == 404


def test_deleting_soft_deletes_and_an_opening_post_takes_its_topic(mod_client, author):
    topic = make_topic(author, "welcome", replies=1)
    first = db.session.scalar(select(Post).where(Post.topic_id == topic.id, Post.number == 1))
    case = reported(first)
    decide(mod_client, case, "Delete", "Spam.")
    db.session.expire_all()
    assert first.deleted_at is not None
    assert topic.deleted_at is not None
    assert [r.action for r in audit_rows()] == ["post.delete"]


def test_locking_the_topic_from_a_report(mod_client, author):
    post = a_reply(author)
    case = reported(post, ReportReason.harassment)
    decide(mod_client, case, "Lock topic", "The thread has turned nasty.")
    db.session.expire_all()
    assert post.topic.is_locked
    assert [r.action for r in audit_rows()] == ["topic.lock"]
    assert state_of(case) is CaseState.resolved


def test_editing_a_reported_post_keeps_a_revision_and_tells_the_author(
    app, mod_client, moderator, author
):
    post = a_reply(author)
    post.body_source = "Jayden at Oakfield School told me."
    db.session.flush()
    case = reported(post, ReportReason.confidentiality)
    form = mod_client.get(f"/moderation/reports/{case.id}/edit").get_data(as_text=True)
    assert "Jayden at Oakfield School told me." in form
    for words in (">Message</label>", ">Reason</label>", "Save changes"):
        assert words in form

    refused = mod_client.post(
        f"/moderation/reports/{case.id}/edit", data={"body": "A child told me.", "reason": ""}
    )
    assert refused.status_code == 422
    assert "A child told me." in refused.get_data(as_text=True)
    assert state_of(case) is CaseState.open

    response = mod_client.post(
        f"/moderation/reports/{case.id}/edit",
        data={"body": "A child told me.", "reason": "Removed a name and a school."},
    )
    assert response.status_code == 302
    db.session.expire_all()
    assert post.body_source == "A child told me."
    assert post.hidden_at is None  # the edit settles the breach
    [revision] = db.session.scalars(select(PostRevision).where(PostRevision.post_id == post.id))
    assert revision.body_source == "Jayden at Oakfield School told me."
    assert [r.action for r in audit_rows()] == ["post.edit"]
    assert any(n.startswith("A moderator edited your post") for n in notes_for(author))
    [mail] = db.session.scalars(
        select(OutboxMessage).where(OutboxMessage.to_address == author.email)
    )
    assert "Removed a name and a school." in mail.body_text


def test_closing_a_case_tells_every_reporter_neutrally(mod_client, author):
    post = a_reply(author, title="A thread")
    reporters = [make_user(), make_user()]
    case = reported(post, reporter=reporters[0])
    reported(post, reporter=reporters[1])
    decide(mod_client, case, "Hide", "Breaks the guidelines.")
    for reporter in reporters:
        notes = notes_for(reporter)
        assert notes[0].startswith("Your report was received")
        assert notes[-1] == (
            "A moderator has dealt with your report about a post in “A thread”. "
            "Thank you for telling us."
        )
        assert not any("hid" in n or "Breaks the guidelines" in n for n in notes)


def test_the_slower_moderator_is_told_who_decided(app, mod_client, author):
    case = reported(a_reply(author))
    decide(mod_client, case, "Dismiss", "Nothing wrong.")
    other = app.test_client()
    sign_in(other, make_moderator(display_name="Kim"))
    db.session.commit()  # the loser's request rolls back: Kim must already exist
    response = decide(other, case, "Delete", "Spam.")
    assert response.status_code == 302
    page = other.get(response.headers["Location"]).get_data(as_text=True)
    assert "This report was already decided by Sam the moderator." in page
    assert [r.action for r in audit_rows()] == ["report.dismiss"]
    assert state_of(case) is CaseState.dismissed


def test_a_decided_case_page_says_who_decided_and_why(mod_client, moderator, author):
    case = reported(a_reply(author))
    services.decide_case(moderator, case.id, services.CaseDecision.hide, "Off topic and rude.")
    page = mod_client.get(f"/moderation/reports/{case.id}").get_data(as_text=True)
    assert "Hidden by Sam the moderator" in page
    assert "Off topic and rude." in page
    assert "Dismiss</" not in page


# --- the dashboard's summary -----------------------------------------------------------


def test_the_summary_counts_open_and_urgent_and_names_the_next_case(moderator, author):
    empty = services.open_case_summary(moderator)
    assert (empty.open_count, empty.urgent_count, empty.oldest) == (0, 0, None)
    reported(a_reply(author), age=timedelta(days=2))
    urgent = reported(a_reply(author), ReportReason.safeguarding, age=timedelta(hours=1))
    closed = reported(a_reply(author))
    services.decide_case(moderator, closed.id, services.CaseDecision.dismiss, "Fine.")
    summary = services.open_case_summary(moderator)
    assert (summary.open_count, summary.urgent_count) == (2, 1)
    assert summary.oldest is not None
    assert summary.oldest.id == urgent.id


def test_the_summary_is_for_moderators_only(author):
    from forum.errors import NotVisible

    with pytest.raises(NotVisible):
        services.open_case_summary(make_user())


# --- with CSRF on, the pages' own tokens work ------------------------------------------


@pytest.fixture
def csrf_on(app):
    app.config["WTF_CSRF_ENABLED"] = True
    try:
        yield
    finally:
        app.config["WTF_CSRF_ENABLED"] = False


def token_in(page: str, name: str) -> str:
    found = re.search(rf'name="{re.escape(name)}"[^>]*value="([^"]+)"', page) or re.search(
        rf'value="([^"]+)"[^>]*name="{re.escape(name)}"', page
    )
    assert found, f"no {name} on the page"
    return found.group(1)


def test_reporting_and_deciding_work_with_the_pages_tokens(app, mod_client, author, csrf_on):
    post = a_reply(author)
    member = app.test_client()
    sign_in(member, make_user())
    db.session.commit()
    form = member.get(f"/report/post/{post.id}").get_data(as_text=True)
    sent = member.post(
        f"/report/post/{post.id}",
        data={"csrf_token": token_in(form, "csrf_token"), "reason": "spam", "details": ""},
    )
    assert sent.status_code == 302
    case = db.session.scalar(select(ReportCase).where(ReportCase.post_id == post.id))
    assert case is not None

    page = queue_page(mod_client)
    prefix = f"case{case.id}-"
    decided = mod_client.post(
        f"/moderation/reports/{case.id}",
        data={
            prefix + "csrf_token": token_in(page, prefix + "csrf_token"),
            prefix + "reason": "Not spam after all.",
            prefix + "dismiss": "Dismiss",
        },
    )
    assert decided.status_code == 302
    assert state_of(case) is CaseState.dismissed


def test_a_decision_without_a_button_is_refused_and_keeps_the_reason(mod_client, author):
    case = reported(a_reply(author))
    response = mod_client.post(
        f"/moderation/reports/{case.id}", data={f"case{case.id}-reason": "Typed with care."}
    )
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert "Choose Dismiss, Hide, Delete or Lock topic." in page
    assert "Typed with care." in page
    assert state_of(case) is CaseState.open
