"""A topic's summary: who writes it, the guard on it, and the "Summary" label in lists."""

from __future__ import annotations

import re

from sqlalchemy import select

from forum.extensions import db
from forum.review.models import ReviewItem
from forum.threads.models import SUMMARY_NUMBER, Post, PostRevision, PostState, Topic
from moderation.models import ReportReason
from moderation.reports import services as reports
from tests.factories import make_topic, make_user, sign_in

NAMED = "We agreed Jayden's school should be told about the move."
CLEAN = "Asked: how to keep supervision reflective. Agreed: fortnightly, with an agenda."


def page(response) -> str:
    assert response.status_code == 200, response.status_code
    return response.get_data(as_text=True)


def write(client, topic_id: int, body: str = CLEAN, **extra):
    return client.post(
        f"/t/{topic_id}/summary", data={"body": body, "submit": "Save summary", **extra}
    )


def summary_of(topic: Topic) -> Post | None:
    db.session.expire_all()
    return db.session.scalar(
        select(Post).where(Post.topic_id == topic.id, Post.number == SUMMARY_NUMBER)
    )


def labelled(client, slug: str, title: str) -> bool:
    """Whether the space page shows the "Summary" badge on this topic's row."""
    html = page(client.get(f"/s/{slug}"))
    (row,) = [r for r in html.split('<li class="topic-row') if f">{title}</a>" in r]
    return 'summary-badge">Summary</span>' in row


def test_the_author_writes_a_summary_pinned_above_the_replies(client, author, other):
    topic = make_topic(author, title="Supervision that helps", replies=2)
    html = page(client.get(f"/t/{topic.id}"))
    assert "Write a summary</a>" in html

    form = page(client.get(f"/t/{topic.id}/summary"))
    assert "<h1>Write a summary</h1>" in form
    assert '<label for="body">Summary</label>' in form
    assert 'value="Preview"' in form
    assert 'value="Save summary"' in form

    response = write(client, topic.id)
    assert response.status_code == 302
    assert response.headers["Location"].endswith(f"/t/{topic.id}#summary")

    seen = page(other.get(f"/t/{topic.id}"))
    assert seen.index("<h2>Summary</h2>") < seen.index("Post 1 of topic")
    assert "fortnightly, with an agenda" in seen
    assert "Write a summary" not in seen
    assert labelled(other, "welcome", "Supervision that helps")
    assert summary_of(topic).author_id == author.id


def test_preview_shows_the_summary_and_saves_nothing(client, author):
    topic = make_topic(author)
    response = client.post(
        f"/t/{topic.id}/summary", data={"body": "**Agreed**: meet monthly.", "preview": "Preview"}
    )
    assert "<strong>Agreed</strong>" in page(response)
    assert summary_of(topic) is None


def test_only_the_author_or_a_moderator_may_write_it(client, author, other, moderator):
    topic = make_topic(author)
    assert "Write a summary" not in page(other.get(f"/t/{topic.id}"))
    assert other.get(f"/t/{topic.id}/summary").status_code == 403
    assert write(other, topic.id).status_code == 403
    assert summary_of(topic) is None

    assert "Write a summary" in page(moderator.get(f"/t/{topic.id}"))
    assert write(moderator, topic.id).status_code == 302
    assert summary_of(topic).author_id == moderator.user.id


def test_nobody_outside_the_space_learns_the_page_exists(client, author, app):
    topic = make_topic(author, "case-discussion")
    care_leaver = app.test_client()
    from forum.accounts.models import MemberType

    sign_in(care_leaver, make_user(member_type=MemberType.care_leaver))
    assert care_leaver.get(f"/t/{topic.id}/summary").status_code == 404


def test_a_locked_topic_stops_its_author_but_not_a_moderator(client, author, moderator):
    topic = make_topic(author, is_locked=True)
    assert client.get(f"/t/{topic.id}/summary").status_code == 403
    assert write(moderator, topic.id).status_code == 302


def test_editing_keeps_the_earlier_text_as_a_revision(client, author, moderator):
    topic = make_topic(author)
    write(client, topic.id, "First go at a summary.")
    form = page(client.get(f"/t/{topic.id}/summary"))
    assert "<h1>Edit the summary</h1>" in form
    assert "First go at a summary.</textarea>" in form

    assert write(client, topic.id, "Second, better summary.").status_code == 302
    summary = summary_of(topic)
    assert summary.body_source == "Second, better summary."
    revisions = db.session.scalars(select(PostRevision).where(PostRevision.post_id == summary.id))
    assert [r.body_source for r in revisions] == ["First go at a summary."]
    assert "First go at a summary." in page(moderator.get(f"/p/{summary.id}/revisions"))
    # The ordinary edit page sends the author to the summary's own page.
    assert (
        client.get(f"/p/{summary.id}/edit").headers["Location"].endswith(f"/t/{topic.id}/summary")
    )


def test_a_summary_that_may_identify_someone_needs_a_justification(client, author):
    topic = make_topic(author, title="Moving schools")
    response = write(client, topic.id, NAMED)
    assert response.status_code == 422
    html = response.get_data(as_text=True)
    assert "Jayden</mark>" in html
    assert "Why is this safe to share?" in html
    assert 'value="Send for review"' in html
    assert summary_of(topic) is None
    assert not labelled(client, "welcome", "Moving schools")


def test_a_held_summary_waits_in_the_review_queue_then_is_published(
    client, author, other, moderator
):
    topic = make_topic(author, "case-discussion", title="Moving schools")
    response = write(
        client,
        topic.id,
        NAMED,
        send_for_review="Send for review",
        justification="Jayden is not his real name.",
    )
    assert response.status_code == 302
    summary = summary_of(topic)
    assert summary.state is PostState.held
    assert "Held for review" in page(client.get(f"/t/{topic.id}"))
    assert "Jayden" not in page(other.get(f"/t/{topic.id}"))
    assert not labelled(other, "case-discussion", "Moving schools")

    queue = page(moderator.get("/moderation/review"))
    assert re.search(r"Case discussion \(anonymised\) · Summary by Priya", queue)
    assert "Jayden</mark>" in queue
    assert "Jayden is not his real name." in queue

    item = db.session.scalar(select(ReviewItem).where(ReviewItem.post_id == summary.id))
    moderator.post(f"/moderation/review/{item.id}", data={"publish": "Publish"})
    assert "Jayden" in page(other.get(f"/t/{topic.id}"))
    assert labelled(other, "case-discussion", "Moving schools")


def test_a_rejected_summary_is_not_labelled_and_can_be_written_again(client, author, moderator):
    topic = make_topic(author, "case-discussion", title="Moving schools")
    write(client, topic.id, NAMED, send_for_review="Send for review", justification="Made up.")
    item = db.session.scalar(select(ReviewItem).where(ReviewItem.post_id == summary_of(topic).id))
    moderator.post(
        f"/moderation/review/{item.id}", data={"reject": "Reject", "reason": "It names a child."}
    )
    assert summary_of(topic).state is PostState.rejected
    assert not labelled(client, "case-discussion", "Moving schools")

    assert write(client, topic.id, CLEAN).status_code == 302
    assert summary_of(topic).state is PostState.published
    assert labelled(client, "case-discussion", "Moving schools")


def test_hiding_and_deleting_the_summary_take_the_label_away(client, author, other, moderator):
    topic = make_topic(author, title="Supervision that helps")
    write(client, topic.id)
    summary = summary_of(topic)
    assert labelled(other, "welcome", "Supervision that helps")

    report = reports.send_report(other.user, summary, ReportReason.confidentiality, "A name?")
    assert not labelled(other, "welcome", "Supervision that helps")
    assert "fortnightly" not in page(other.get(f"/t/{topic.id}"))
    reports.decide_case(
        moderator.user, report.case_id, reports.CaseDecision.dismiss, "No name in it."
    )
    assert labelled(other, "welcome", "Supervision that helps")

    response = client.post(f"/p/{summary.id}/delete")
    assert response.headers["Location"].endswith(f"/t/{topic.id}#summary")
    assert not labelled(other, "welcome", "Supervision that helps")
    assert "fortnightly" not in page(other.get(f"/t/{topic.id}"))
    assert "<h1>Write a summary</h1>" in page(client.get(f"/t/{topic.id}/summary"))

    assert write(client, topic.id, "Written again after the delete.").status_code == 302
    assert labelled(other, "welcome", "Supervision that helps")
    assert "Written again after the delete." in page(other.get(f"/t/{topic.id}"))


def test_the_summary_of_an_anonymous_topic_is_anonymous(client, author, other):
    response = client.post(
        "/s/case-discussion/new",
        data={
            "title": "A placement ending",
            "body": "How do you end a placement well?",
            "anonymous": "y",
            "submit": "Post topic",
        },
    )
    topic_id = int(response.headers["Location"].rsplit("/", 1)[1])
    form = page(client.get(f"/t/{topic_id}/summary"))
    assert 'your summary shows "Anonymous member" too' in form
    write(client, topic_id, "Agreed: a goodbye letter and a last visit.")
    seen = page(other.get(f"/t/{topic_id}"))
    summary_html = seen.split("<h2>Summary</h2>")[1].split("</article>")[0]
    assert "Anonymous member" in summary_html
    assert "Priya" not in seen


def test_a_summary_link_goes_to_the_top_of_the_topic(client, author, other):
    topic = make_topic(author, replies=60)
    write(client, topic.id)
    summary = summary_of(topic)
    assert other.get(f"/p/{summary.id}").headers["Location"].endswith(f"/t/{topic.id}#summary")
    # Jumping to the first unread post still lands on a reply, never on number 0.
    unread = other.get(f"/t/{topic.id}/unread").headers["Location"]
    first = db.session.scalar(select(Post.id).where(Post.topic_id == topic.id, Post.number == 1))
    assert unread.endswith(f"#p{first}")
    # And every page of replies starts with the summary pinned.
    assert "fortnightly" in page(other.get(f"/t/{topic.id}?page=2"))


def test_the_summary_is_found_by_search_and_labelled_in_activity(client, author, other):
    topic = make_topic(author, title="Supervision that helps")
    write(client, topic.id, "Agreed: reflective supervision works best fortnightly.")
    results = page(other.get("/search?q=reflective"))
    assert 'Supervision that helps</a> <span class="badge">Summary</span>' in results
    activity = page(other.get(f"/members/{author.id}"))
    assert "Summarised" in activity


def test_split_and_merge_leave_the_summary_where_it_is(client, author, moderator):
    from moderation import topic_tools

    topic = make_topic(author, title="Long thread", replies=3)
    write(client, topic.id)
    replies = db.session.scalars(
        select(Post).where(Post.topic_id == topic.id, Post.number > 1).order_by(Post.number)
    ).all()
    new = topic_tools.split_topic(
        moderator.user, topic, [replies[0].id], "A side question", "Off the point."
    ).topic
    db.session.expire_all()
    left = db.session.scalars(
        select(Post.number).where(Post.topic_id == topic.id).order_by(Post.number)
    ).all()
    assert left == [0, 1, 2, 3]
    assert summary_of(topic).topic_id == topic.id
    assert topic.post_count == 3

    target = make_topic(author, title="Target thread", replies=1)
    topic_tools.merge_topic(moderator.user, topic, f"/t/{target.id}", "Same subject.")
    db.session.expire_all()
    numbers = db.session.scalars(
        select(Post.number).where(Post.topic_id == target.id).order_by(Post.number)
    ).all()
    assert numbers == [1, 2, 3, 4, 5]
    assert not db.session.get(Topic, target.id).has_summary
    assert summary_of(topic).topic_id == topic.id  # left with the merged-away topic
    assert new.post_count == 1
