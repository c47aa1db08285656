"""Members report posts: one case per post, urgent ones mailed at once, breaches hidden at once."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from forum.accounts.models import AccountStatus
from forum.extensions import db, utcnow
from forum.mail.models import OutboxMessage
from forum.notifications.models import Notification
from forum.threads.models import Post, PostState
from moderation.models import CaseState, Report, ReportCase, ReportReason
from moderation.reports import services
from tests.factories import make_admin, make_moderator, make_topic, make_user, sign_in


@pytest.fixture
def author():
    return make_user(display_name="Robin the author")


@pytest.fixture
def topic(author):
    return make_topic(author, "welcome", title="Supervision that helps", replies=1)


def post_number(topic, number: int) -> Post:
    found = db.session.scalar(select(Post).where(Post.topic_id == topic.id, Post.number == number))
    assert found is not None
    return found


@pytest.fixture
def reply(topic) -> Post:
    return post_number(topic, 2)


def member_client(app, user=None):
    user = user or make_user()
    client = app.test_client()
    sign_in(client, user)
    return client, user


def report(client, post: Post, reason: str = "spam", details: str = ""):
    return client.post(f"/report/post/{post.id}", data={"reason": reason, "details": details})


def cases() -> list[ReportCase]:
    return list(db.session.scalars(select(ReportCase).order_by(ReportCase.id)))


def reports_count() -> int:
    return db.session.scalar(select(func.count()).select_from(Report)) or 0


def notes_for(user) -> list[str]:
    return list(
        db.session.scalars(
            select(Notification.text)
            .where(Notification.user_id == user.id)
            .order_by(Notification.id)
        )
    )


def mail_to(address: str) -> list[OutboxMessage]:
    return list(
        db.session.scalars(select(OutboxMessage).where(OutboxMessage.to_address == address))
    )


# --- the link and the page -------------------------------------------------------------


def test_every_post_but_your_own_has_a_report_link(app, topic, author, reply):
    client, _ = member_client(app)
    page = client.get(f"/t/{topic.id}").get_data(as_text=True)
    assert f'href="/report/post/{reply.id}"' in page
    own, _ = member_client(app, author)
    page = own.get(f"/t/{topic.id}").get_data(as_text=True)
    assert "/report/post/" not in page


def test_the_report_page_quotes_the_post_and_asks_for_reason_and_details(app, reply):
    client, _ = member_client(app)
    page = client.get(f"/report/post/{reply.id}").get_data(as_text=True)
    assert reply.body_html.strip() in page
    assert "Robin the author" in page
    for words in (
        "<legend>Reason</legend>",
        "Confidentiality breach",
        "Safeguarding concern",
        "Harassment",
        "Spam",
        "Other",
        ">Details</label>",
        "Send report",
    ):
        assert words in page


def test_an_anonymous_post_is_quoted_without_its_author(app, author):
    topic = make_topic(author, "case-discussion", is_anonymous=True)
    first = post_number(topic, 1)
    first.is_anonymous = True
    db.session.flush()
    client, _ = member_client(app)
    page = client.get(f"/report/post/{first.id}").get_data(as_text=True)
    assert "Anonymous member" in page
    assert "Robin the author" not in page


# --- sending ---------------------------------------------------------------------------


def test_a_report_opens_a_case_and_the_reporter_hears_it_was_received(app, reply):
    client, reporter = member_client(app)
    response = report(client, reply, "harassment", "They keep mocking a new member.")
    assert response.status_code == 302
    assert response.headers["Location"].endswith(f"/p/{reply.id}")
    [case] = cases()
    assert (case.state, case.report_count, case.post_id, case.is_urgent) == (
        CaseState.open,
        1,
        reply.id,
        False,
    )
    [sent] = case.reports
    assert (sent.reporter_id, sent.reason, sent.details) == (
        reporter.id,
        ReportReason.harassment,
        "They keep mocking a new member.",
    )
    assert any(n.startswith("Your report was received") for n in notes_for(reporter))
    followed = client.get(f"/p/{reply.id}", follow_redirects=True).get_data(as_text=True)
    assert "Thank you. Your report was received" in followed


def test_the_author_is_not_told_who_reported_them(app, reply, author):
    client, _ = member_client(app, make_user(display_name="Quiet Reporter"))
    report(client, reply, "spam")
    assert not any("Quiet Reporter" in n for n in notes_for(author))
    assert notes_for(author) == []


@pytest.mark.parametrize(
    ("reason", "details", "message"),
    [("", "Some context I typed", "Choose a reason."), ("made-up", "Kept text", "Not a valid")],
)
def test_a_report_without_a_reason_is_refused_and_keeps_the_details(
    app, reply, reason, details, message
):
    client, _ = member_client(app)
    response = report(client, reply, reason, details)
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert message in page
    assert details in page
    assert cases() == []


def test_reporting_your_own_post_is_refused_with_a_message_and_nothing_created(app, reply, author):
    client, _ = member_client(app, author)
    response = report(client, reply, "other", "Testing what happens")
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert "You cannot report your own post" in page
    assert "Testing what happens" in page
    assert (cases(), reports_count()) == ([], 0)


def test_reporting_the_same_post_twice_is_refused_and_nothing_more_is_created(app, reply):
    client, reporter = member_client(app)
    report(client, reply, "spam", "First time")
    response = report(client, reply, "harassment", "Second time, new words")
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert "You have already reported this post" in page
    assert "Second time, new words" in page
    [case] = cases()
    assert case.report_count == 1
    assert reports_count() == 1
    assert sum(n.startswith("Your report was received") for n in notes_for(reporter)) == 1


def test_after_a_case_is_closed_the_same_member_may_report_again(app, reply):
    client, _ = member_client(app)
    report(client, reply, "spam")
    moderator = make_moderator()
    services.decide_case(moderator, cases()[0].id, services.CaseDecision.dismiss, "Not spam.")
    assert report(client, reply, "spam", "It is back").status_code == 302
    assert [c.state for c in cases()] == [CaseState.dismissed, CaseState.open]


def test_a_post_you_cannot_see_cannot_be_reported_and_nothing_is_created(app, author):
    lounge = make_topic(author, "care-leavers-lounge", replies=1)
    hidden = post_number(lounge, 2)
    client, _ = member_client(app)  # a practitioner: the lounge is for care leavers
    assert client.get(f"/report/post/{hidden.id}").status_code == 404
    assert report(client, hidden, "spam").status_code == 404
    assert client.get("/report/post/999999").status_code == 404
    assert (cases(), reports_count()) == ([], 0)


def test_a_held_post_cannot_be_reported_by_another_member(app, topic, reply):
    reply.state = PostState.held
    db.session.flush()
    client, _ = member_client(app)
    assert report(client, reply, "spam").status_code == 404
    assert cases() == []


def test_a_deleted_post_cannot_be_reported(app, reply):
    reply.deleted_at = utcnow()
    db.session.flush()
    client, _ = member_client(app)
    response = report(client, reply, "spam", "Still worried")
    assert response.status_code == 422
    assert "deleted" in response.get_data(as_text=True)
    assert cases() == []


def test_a_suspended_member_cannot_report(app, reply):
    from datetime import timedelta

    member = make_user(status=AccountStatus.suspended, suspended_until=utcnow() + timedelta(days=3))
    client, _ = member_client(app, member)
    assert report(client, reply, "spam").status_code in {302, 403, 404}
    assert cases() == []


def test_reports_from_several_members_fold_into_one_case_with_a_count(app, reply):
    reporters = [make_user() for _ in range(3)]
    for n, member in enumerate(reporters):
        client, _ = member_client(app, member)
        report(client, reply, ["spam", "harassment", "other"][n], f"Report {n}")
    [case] = cases()
    assert case.report_count == 3
    assert [r.reporter_id for r in case.reports] == [m.id for m in reporters]
    assert case.last_reported_at >= case.first_reported_at
    for member in reporters:
        assert any(n.startswith("Your report was received") for n in notes_for(member))


def test_reports_of_different_posts_make_different_cases(app, topic, reply):
    client, _ = member_client(app)
    report(client, post_number(topic, 1), "spam")
    report(client, reply, "spam")
    assert [c.post_id for c in cases()] == [post_number(topic, 1).id, reply.id]


# --- confidentiality breach --------------------------------------------------------------


def test_a_breach_report_hides_the_post_at_once_from_other_members(app, topic, reply, author):
    client, _ = member_client(app)
    response = report(client, reply, "confidentiality", "It names a child's school.")
    # The reporter can no longer see it either, so they land on the space.
    assert response.headers["Location"].endswith("/s/welcome")
    other, _ = member_client(app)
    assert other.get(f"/p/{reply.id}").status_code == 404
    topic_page = other.get(f"/t/{topic.id}")
    assert topic_page.status_code == 200
    assert reply.body_html not in topic_page.get_data(as_text=True)
    assert client.get(f"/p/{reply.id}").status_code == 404

    own, _ = member_client(app, author)
    assert own.get(f"/p/{reply.id}").status_code == 302
    page = own.get(f"/t/{topic.id}").get_data(as_text=True)
    assert "Hidden while a moderator reviews a report" in page
    moderator, _ = member_client(app, make_moderator())
    page = moderator.get(f"/t/{topic.id}").get_data(as_text=True)
    assert "Hidden while a moderator reviews a report" in page
    assert reply.body_html.strip() in page


def test_a_breach_report_on_an_opening_post_hides_the_whole_topic(app, topic):
    client, _ = member_client(app)
    report(client, post_number(topic, 1), "confidentiality")
    other, _ = member_client(app)
    assert other.get(f"/t/{topic.id}").status_code == 404
    assert "Supervision that helps" not in other.get("/s/welcome").get_data(as_text=True)


def test_other_reasons_leave_the_post_visible(app, reply):
    client, _ = member_client(app)
    report(client, reply, "harassment")
    other, _ = member_client(app)
    assert other.get(f"/p/{reply.id}").status_code == 302


# --- safeguarding --------------------------------------------------------------------------


def test_a_safeguarding_report_mails_every_moderator_and_admin_at_once(app, reply):
    moderators = [make_moderator(), make_moderator(), make_admin()]
    resting = make_moderator(status=AccountStatus.banned)
    client, reporter = member_client(app, make_user(display_name="Worried Reporter"))
    report(client, reply, "safeguarding", "A young person says they are not safe at home.")
    [case] = cases()
    assert case.is_urgent
    for moderator in moderators:
        [message] = mail_to(moderator.email)
        assert "Safeguarding concern" in message.subject
        assert f"/moderation/reports/{case.id}" in message.body_text
        # Neither the reporter nor the author is named in an inbox.
        assert "Worried Reporter" not in message.body_text
        assert "Robin the author" not in message.body_text
        assert "not safe at home" not in message.body_text
    assert mail_to(resting.email) == []
    assert mail_to(reporter.email) == []


def test_a_second_safeguarding_report_of_the_same_post_does_not_mail_again(app, reply):
    moderator = make_moderator()
    for _ in range(2):
        client, _ = member_client(app)
        report(client, reply, "safeguarding")
    assert len(mail_to(moderator.email)) == 1
    [case] = cases()
    assert case.report_count == 2


def test_a_safeguarding_report_makes_an_existing_case_urgent(app, reply):
    moderator = make_moderator()
    first, _ = member_client(app)
    report(first, reply, "spam")
    assert not cases()[0].is_urgent
    second, _ = member_client(app)
    report(second, reply, "safeguarding")
    db.session.expire_all()
    assert cases()[0].is_urgent
    assert len(mail_to(moderator.email)) == 1


# --- the service, for other callers -------------------------------------------------------


def test_the_service_refuses_own_and_twice_with_domain_errors(app, reply, author):
    from forum.errors import DomainError

    with pytest.raises(DomainError, match="your own post"):
        services.send_report(author, reply, ReportReason.spam, "")
    member = make_user()
    services.send_report(member, reply, ReportReason.spam, "")
    with pytest.raises(DomainError, match="already reported"):
        services.send_report(member, reply, ReportReason.other, "")
    assert reports_count() == 1
