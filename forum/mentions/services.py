"""Finding, storing and rendering mentions and quotes in a post.

A mention is "@" and a display name: case-insensitive, the longest name that
fits, ending at a non-word character. It is resolved once, when the post is
written, always as the post's author (a moderator's edit mentions nobody new
on their behalf):

- only active members the author may find count (policy.can_find, as SQL in
  people.queries.findable_by); for the others the name is just text;
- a name two such members share means nobody, unless the composer's
  autocomplete picked one (its id arrives in `mention_ids`);
- a block, either way, leaves the name as plain text and tells nobody. It
  reads exactly like a name two members share, a shared name stays ambiguous
  whoever blocked whom, and the guard (see screen) asks nothing about either,
  so nothing the author sees singles out a block;
- the name links to the profile only when every member may find it
  (policy.can_link_mention); the member is told either way;
- in an anonymous post only those open names count, whoever the author is,
  and a block does not show (see _resolver): nothing on the page may point
  at the author.

Who was mentioned is stored by member id; the html with the links is stored
with the post. Quotes are read back from the stored html (markup.quote links
the quoted post).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import delete, exists, func, or_, select
from sqlalchemy.orm import contains_eager, joinedload

from forum import markup, policy
from forum.accounts.models import User
from forum.extensions import db
from forum.mentions.models import Mention
from forum.people.models import Block, Profile, WhoCanFind
from forum.people.queries import findable_by, is_active_member
from forum.review import screening
from forum.review.screening import Screening
from forum.search import services as search
from forum.spaces.models import Space
from forum.threads.models import Post, Topic, public_name
from forum.urls import path_for

MAX_MENTIONS = 20  # members one post can tell; more is a mailing list, not a conversation
MAX_CANDIDATES = 50  # "@"s looked up per post
MAX_QUOTES = 20
MAX_ID = 2**31 - 1  # a larger "/p/…" is no post, and PostgreSQL's integer refuses it
NAME_LENGTH = markup.MENTION_REACH - 1  # User.display_name is String(60)
_WORD = re.compile(r"\w")
_AT = re.compile(r"(?<!\w)@(?=\w)")  # as markup: "@" not inside an address
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")  # as forum.forms: never in a stored name


def _ends_name(text: str, end: int) -> bool:
    """Whether a display name could end here: before a non-word character, or at the end."""
    at_boundary = end == len(text) or not _WORD.match(text[end])
    return at_boundary and not text[end - 1].isspace()


def _prefixes(text: str) -> list[str]:
    """Every start of `text` that could be a whole display name."""
    return [
        text[:end] for end in range(1, min(len(text), NAME_LENGTH) + 1) if _ends_name(text, end)
    ]


@dataclass
class _Resolver:
    """markup.render's resolver: decides each "@" in reading order and records who was named."""

    by_name: dict[str, list[User]] = field(default_factory=dict)  # lower-cased name -> findable
    picked: dict[str, list[User]] = field(default_factory=dict)  # the same, picked ones in order
    silent: set[int] = field(default_factory=set)  # a block either way
    author_id: int | None = None  # linked (in an anonymous post) but never stored
    mentioned: list[int] = field(default_factory=list)
    _used: dict[str, int] = field(default_factory=dict)

    def __call__(self, text: str) -> tuple[int, str] | None:
        for end in range(min(len(text), NAME_LENGTH), 0, -1):  # the longest name first
            name = text[:end].lower()
            if name in self.by_name and _ends_name(text, end):
                return self._decide(self._member(name), end)
        return None

    def _member(self, name: str) -> User | None:
        picks = self.picked.get(name)
        if picks:  # the same name picked twice: each "@name" takes the next pick
            turn = self._used.get(name, 0)
            self._used[name] = turn + 1
            return picks[min(turn, len(picks) - 1)]
        found = self.by_name[name]
        return found[0] if len(found) == 1 else None

    def _decide(self, member: User | None, length: int) -> tuple[int, str] | None:
        if member is None or member.id in self.silent:
            return None
        if member.id not in self.mentioned and member.id != self.author_id:
            if len(self.mentioned) >= MAX_MENTIONS:
                return None
            self.mentioned.append(member.id)
        if not policy.can_link_mention(member):
            return None
        return length, path_for("people.profile", user_id=member.id)


def _findable(
    author: User, candidates: list[str], *, anonymous: bool = False
) -> list[tuple[User, bool]]:
    """Members the author may name whose name starts one of the candidates. One query, if any.

    Each comes with whether a block stands between them, either way. An
    anonymous author may name only members every member may find (themselves
    included): which names resolve must not depend on who they are.
    """
    lowered: set[str] = set()
    typed: set[str] = set()
    for text in candidates[:MAX_CANDIDATES]:
        for prefix in _prefixes(_UNSTORABLE.split(text)[0]):  # no stored name holds these
            lowered.add(prefix.lower())
            typed.add(prefix)  # SQLite's lower() leaves non-ASCII letters alone
    if not lowered:
        return []
    blocked = or_(
        exists().where(Block.blocker_id == User.id, Block.blocked_id == author.id),
        exists().where(Block.blocker_id == author.id, Block.blocked_id == User.id),
    )
    who = (
        [Profile.who_can_find == WhoCanFind.all_members]
        if anonymous
        else [findable_by(author), User.id != author.id]
    )
    rows = db.session.execute(
        select(User, blocked)
        .join(User.profile)
        .options(contains_eager(User.profile))
        .where(
            *who,
            is_active_member(),
            or_(func.lower(User.display_name).in_(lowered), User.display_name.in_(typed)),
        )
        .order_by(User.id)
    ).all()
    return [(member, bool(is_blocked)) for member, is_blocked in rows]


def _resolver(
    author: User, source: str, picked: Sequence[int], *, anonymous: bool = False
) -> _Resolver:
    """Everyone the source could name, in one query (none when it has no "@").

    In an anonymous post a block changes nothing on the page (that would point
    at the author): the name links as for anyone, and fanout, which checks
    blocks when it tells people, tells the blocker nothing.
    """
    resolver = _Resolver(author_id=author.id)
    members = {}
    candidates = markup.mention_candidates(source)
    for member, is_blocked in _findable(author, candidates, anonymous=anonymous):
        members[member.id] = member
        resolver.by_name.setdefault(member.display_name.lower(), []).append(member)
        if is_blocked and not anonymous:
            resolver.silent.add(member.id)
    for member_id in dict.fromkeys(picked):
        if member_id in members:
            member = members[member_id]
            resolver.picked.setdefault(member.display_name.lower(), []).append(member)
    return resolver


def screen(author: User, space: Space | None, **texts: str) -> Screening:
    """The guard (review.screening.screen), leaving alone "@" and a member's name.

    The guard reads "@Sam" as someone's social media handle; "@" and the name
    of a member the author may find is a member of this forum, not a person
    from a case. Blocks and shared names make no difference here, so the guard
    never gives a block away. Anyone else's "@name" is still a finding. So is
    the name in a quote's "Name wrote:", unless it is what the linked post,
    one the author may read, shows as its author.
    """
    checked = screening.screen(space, **texts)
    body = texts.get("body") or ""
    if not any(f.field == "body" for f in checked.findings):
        return checked
    spans = _member_spans(author, body) if "@" in body else []
    spans += _quoted_name_spans(author, body)
    kept = [
        f
        for f in checked.findings
        if f.field != "body" or not any(a <= f.start and f.end <= b for a, b in spans)
    ]
    return Screening(texts=checked.texts, findings=kept, strict=checked.strict)


def _member_spans(author: User, source: str) -> list[tuple[int, int]]:
    """Where the raw source says "@" and the name of a member the author may find."""
    starts = list(_AT.finditer(source))[:MAX_CANDIDATES]
    texts = [source[m.end() : m.end() + markup.MENTION_REACH] for m in starts]
    names = {member.display_name.lower() for member, _ in _findable(author, texts)}
    names.add(author.display_name.lower())  # their own name is nobody else's detail
    spans = []
    for match, text in zip(starts, texts, strict=True):
        lengths = [len(p) for p in _prefixes(text) if p.lower() in names]
        if lengths:
            spans.append((match.start(), match.end() + max(lengths)))
    return spans


# "[Name wrote](/p/12)", as markup.quote writes it (the name escaped, the link site-relative).
_QUOTE_HEADER = re.compile(r"\[((?:\\.|[^\]\\\n])+) wrote\]\((?:/[^)/\s]+)*/p/(\d+)\)")
_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")


def _quoted_name_spans(author: User, source: str) -> list[tuple[int, int]]:
    """Where a quote's header names the quoted post's author truly. One query, if any."""
    headers = [h for h in _QUOTE_HEADER.finditer(source) if int(h.group(2)) <= MAX_ID]
    headers = headers[:MAX_QUOTES]
    if not headers:
        return []
    posts = {
        p.id: p
        for p in db.session.scalars(
            select(Post)
            .options(joinedload(Post.author), joinedload(Post.topic).joinedload(Topic.space))
            .where(Post.id.in_({int(h.group(2)) for h in headers}))
        ).unique()
    }
    spans = []
    for header in headers:
        post = posts.get(int(header.group(2)))
        if (
            post is not None
            and _ESCAPED.sub(r"\1", header.group(1)) == public_name(post)
            and policy.can_view_topic(author, post.topic)
            and policy.can_view_post(author, post)
        ):
            spans.append(header.span(1))
    return spans


def preview(
    author: User, source: str, mention_ids: Sequence[int] = (), *, anonymous: bool = False
) -> str:
    """The html a post would store, mentions linked: what Preview shows."""
    resolver = _resolver(author, source, mention_ids, anonymous=anonymous)
    return markup.render(source, resolver if resolver.by_name else None)


def store(post: Post, mention_ids: Sequence[int] = (), *, edited: bool = False) -> list[int]:
    """Resolve the post's mentions, link them in its html and store who they are (no commit).

    `mention_ids` are the members the composer's autocomplete picked. On an
    edit the members already mentioned count as picked, so an edit made without
    JavaScript keeps them; a name taken out loses its row. Returns the members
    mentioned now who were not before: an edit tells only them.
    """
    before = mentioned_ids(post) if edited else []
    picked = [*mention_ids, *before]
    resolver = _resolver(post.author, post.body_source, picked, anonymous=post.is_anonymous)
    if resolver.by_name:
        post.body_html = markup.render(post.body_source, resolver)
    elif before:
        post.body_html = markup.render(post.body_source)
    now = resolver.mentioned
    gone = set(before) - set(now)
    if gone:
        db.session.execute(
            delete(Mention).where(Mention.post_id == post.id, Mention.user_id.in_(gone))
        )
    new = [member_id for member_id in now if member_id not in before]
    db.session.add_all(Mention(post_id=post.id, user_id=member_id) for member_id in new)
    return new


def mentioned_ids(post: Post) -> list[int]:
    """Members this post mentions, as stored when it was written. One query."""
    return list(
        db.session.scalars(
            select(Mention.user_id).where(Mention.post_id == post.id).order_by(Mention.user_id)
        )
    )


def quoted_author_ids(post: Post) -> list[int]:
    """Authors of the posts this post quotes that its author may read, not the author. One query."""
    quoted = [n for n in markup.quoted_post_ids(post.body_html) if n <= MAX_ID][:MAX_QUOTES]
    if not quoted:
        return []
    author = post.author
    posts = db.session.scalars(
        select(Post)
        .options(joinedload(Post.topic).joinedload(Topic.space))
        .where(Post.id.in_(quoted), Post.deleted_at.is_(None), Post.author_id != author.id)
    ).unique()
    readable = [
        p.author_id
        for p in posts
        if policy.can_view_topic(author, p.topic) and policy.can_view_post(author, p)
    ]
    return list(dict.fromkeys(readable))


def forget(member: User, replacement: str) -> None:
    """Erasure: posts that mention the member now name `replacement` instead (no commit).

    A name is personal data like any other: "@Their Name" in other members'
    posts becomes "@Former member", as it does in their notifications, and the
    rows go. The member's own posts were just cleaned by the erasure (which
    removes what the guard flags, "@names" among it): their mentions are
    brought in line with what is left. Call before the account is blanked.
    """
    named = db.session.scalars(
        select(Post).join(Mention, Mention.post_id == Post.id).where(Mention.user_id == member.id)
    ).all()
    longer = _longer_names(member, [p.id for p in named])
    for post in named:
        post.body_source = _renamed(post.body_source, member.display_name, replacement, longer)
        store(post, edited=True)
        search.index_post(post)
    own = db.session.scalars(
        select(Post).where(Post.author_id == member.id, Post.id.in_(select(Mention.post_id)))
    )
    for post in own:
        store(post, edited=True)


def _longer_names(member: User, post_ids: list[int]) -> set[str]:
    """Other names mentioned alongside that start with the member's ("Jo" and "Jo Bloggs")."""
    if not post_ids:
        return set()
    names = db.session.scalars(
        select(User.display_name)
        .join(Mention, Mention.user_id == User.id)
        .where(Mention.post_id.in_(post_ids), Mention.user_id != member.id)
    )
    own = member.display_name.lower()
    return {n for n in names if n.lower().startswith(own) and len(n) > len(own)}


def _renamed(source: str, name: str, replacement: str, longer: set[str]) -> str:
    keep = "".join(rf"(?!{re.escape(n[len(name) :])}(?!\w))" for n in longer)
    pattern = re.compile(rf"(?<!\w)@{re.escape(name)}(?!\w){keep}", re.IGNORECASE)
    return pattern.sub(lambda _: f"@{replacement}", source)
