"""Finding, storing and rendering mentions and quotes in a post."""

from __future__ import annotations

from forum.threads.models import Post


def mentioned_ids(post: Post) -> list[int]:
    """Members this post mentions, as stored when it was written. (Stub until mentions land.)"""
    return []


def quoted_author_ids(post: Post) -> list[int]:
    """Authors of the posts this post quotes. (Stub until quotes land.)"""
    return []
