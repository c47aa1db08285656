"""`flask seed-load`: a consistent community, however small."""

from __future__ import annotations

from sqlalchemy import func, select

from forum.accounts.models import User
from forum.extensions import db
from forum.people.models import Profile
from forum.review.models import ReviewItem
from forum.spaces.models import Space
from forum.threads.models import Post, PostState, Topic


def test_seed_load_builds_a_consistent_community(app, runner):
    users_before = db.session.scalar(select(func.count(User.id)))
    result = runner.invoke(
        args=["seed-load", "--members", "20", "--topics", "30", "--posts", "200"]
    )
    assert result.exit_code == 0, result.output
    assert "Added 20 members, 30 topics and 200 posts" in result.output

    assert db.session.scalar(select(func.count(User.id))) == users_before + 20
    # Every member has a profile.
    assert (
        db.session.scalar(select(func.count(User.id)).where(~User.id.in_(select(Profile.user_id))))
        == 0
    )
    topics = db.session.scalars(select(Topic)).all()
    assert len(topics) == 30
    assert sum(t.post_count for t in topics) == 200
    for topic in topics:
        posts = db.session.scalars(
            select(Post).where(Post.topic_id == topic.id).order_by(Post.number)
        ).all()
        assert [p.number for p in posts] == list(range(1, topic.post_count + 1))
        assert posts[0].author_id == topic.author_id
        assert posts[0].is_anonymous == topic.is_anonymous
        assert posts[0].state == PostState.published
        published = [p.created_at for p in posts if p.state == PostState.published]
        assert topic.last_post_at == max(published)
        space = db.session.get(Space, topic.space_id)
        if not space.allows_anonymous:
            assert not any(p.is_anonymous for p in posts)
        author_types = {db.session.get(User, p.author_id) for p in posts}
        for author in author_types:
            assert space.audience.admits(author.member_type) or author.role.value != "member"
    # Held posts are exactly those with an open review item.
    held = set(db.session.scalars(select(Post.id).where(Post.state == PostState.held)))
    queued = set(db.session.scalars(select(ReviewItem.post_id)))
    assert held == queued
