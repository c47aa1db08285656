"""The topic's author marks replies as helpful; they are listed under the summary."""

from __future__ import annotations

from sqlalchemy import select

from forum.extensions import db, utcnow
from forum.threads.models import Post, Topic
from tests.factories import make_topic


def page(response) -> str:
    assert response.status_code == 200, response.status_code
    return response.get_data(as_text=True)


def reply_by(topic: Topic, author, body: str) -> Post:
    topic.post_count += 1
    post = Post(
        topic=topic,
        author=author,
        number=topic.post_count,
        body_source=body,
        body_html=f"<p>{body}</p>",
    )
    db.session.add(post)
    db.session.flush()
    return post


def article(html: str, post: Post) -> str:
    return html.split(f'id="p{post.id}"')[1].split("</article>")[0]


def helpful_list(html: str) -> str:
    if "Helpful replies</h2>" not in html:
        return ""
    return html.split("Helpful replies</h2>")[1].split("</ul>")[0]


def test_the_author_marks_a_reply_and_everyone_sees_it_listed(client, author, other):
    topic = make_topic(author)
    reply = reply_by(topic, other.user, "Try a fortnightly agenda set by the supervisee.")
    html = page(client.get(f"/t/{topic.id}"))
    assert ">Mark as helpful</button>" in article(html, reply)

    response = client.post(f"/p/{reply.id}/helpful")
    assert response.status_code == 302
    seen = page(other.get(f"/t/{topic.id}"))
    listed = helpful_list(seen)
    assert f'href="/p/{reply.id}"' in listed
    assert "Try a fortnightly agenda" in listed
    assert 'badge helpful">Helpful</span>' in article(seen, reply)
    assert ">Not helpful</button>" in article(page(client.get(f"/t/{topic.id}")), reply)

    client.post(f"/p/{reply.id}/not-helpful")
    assert helpful_list(page(other.get(f"/t/{topic.id}"))) == ""


def test_nobody_else_may_mark_a_reply(client, author, other, moderator):
    topic = make_topic(author)
    reply = reply_by(topic, moderator.user, "A moderator's useful reply.")
    assert ">Mark as helpful</button>" not in page(other.get(f"/t/{topic.id}"))
    assert other.post(f"/p/{reply.id}/helpful").status_code == 403
    assert moderator.post(f"/p/{reply.id}/helpful").status_code == 403
    db.session.refresh(reply)
    assert reply.helpful_at is None


def test_the_opening_post_and_the_authors_own_replies_cannot_be_marked(client, author):
    topic = make_topic(author, replies=1)
    own = db.session.scalars(select(Post).where(Post.topic_id == topic.id)).all()
    html = page(client.get(f"/t/{topic.id}"))
    assert "Mark as helpful" not in html
    for post in own:
        assert client.post(f"/p/{post.id}/helpful").status_code == 403


def test_a_reply_hidden_or_deleted_later_drops_out_of_the_list(client, author, other):
    topic = make_topic(author)
    hidden = reply_by(topic, other.user, "Useful, until a moderator hid it.")
    deleted = reply_by(topic, other.user, "Useful, until its author deleted it.")
    kept = reply_by(topic, other.user, "Useful and still here.")
    for reply in (hidden, deleted, kept):
        client.post(f"/p/{reply.id}/helpful")
    hidden.hidden_at = utcnow()
    deleted.deleted_at = utcnow()
    db.session.flush()
    listed = helpful_list(page(other.get(f"/t/{topic.id}")))
    assert "still here" in listed
    assert "hid it" not in listed
    assert "deleted it" not in listed


def test_a_member_who_cannot_see_the_topic_gets_404(client, author, app):
    from forum.accounts.models import MemberType
    from tests.factories import make_user, sign_in

    topic = make_topic(author, "case-discussion")
    reply = reply_by(topic, make_user(), "A reply in a practitioners' space.")
    outsider = app.test_client()
    sign_in(outsider, make_user(member_type=MemberType.care_leaver))
    assert outsider.post(f"/p/{reply.id}/helpful").status_code == 404
