"""Run the confidentiality guard over what a member is about to publish.

The guard itself (forum.confidentiality) is pure text analysis; this module
decides what its findings mean in a given space: in a strict space any finding
holds the post, elsewhere a date on its own is only pointed out.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from forum import markup
from forum.confidentiality.guard import scan
from forum.i18n import N_
from forum.review.models import StoredFinding
from forum.spaces.models import Space
from forum.threads.models import Post

Saved = TypeVar("Saved")

# Kinds that hold a post only in strict spaces: on their own they rarely identify anyone.
ADVISORY_KINDS = frozenset({"date"})


@dataclass(frozen=True)
class Screening:
    """The guard's findings for each field of one piece of writing."""

    texts: dict[str, str]
    findings: list[StoredFinding] = field(default_factory=list)
    strict: bool = False

    @property
    def blocking(self) -> list[StoredFinding]:
        """Findings that stop the post being published straight away."""
        if self.strict:
            return self.findings
        return [f for f in self.findings if f.kind not in ADVISORY_KINDS]

    @property
    def must_hold(self) -> bool:
        return bool(self.blocking)

    def in_field(self, name: str) -> list[StoredFinding]:
        return [f for f in self.findings if f.field == name]

    def shown(self) -> list[ShownField]:
        """Each field with findings, highlighted for the composer or the review queue."""
        return [
            ShownField(
                name,
                markup.highlight(text, [(f.start, f.end, f.reason) for f in self.in_field(name)]),
                [
                    (text[f.start : f.end], f.reason, f in self.blocking)
                    for f in self.in_field(name)
                ],
            )
            for name, text in self.texts.items()
            if self.in_field(name)
        ]


@dataclass(frozen=True)
class ShownField:
    name: str
    highlighted_html: str  # escaped text with <mark>s, from markup.highlight
    items: list[tuple[str, str, bool]]  # (the flagged words, the reason, holds the post)


def screen(space: Space | None, **texts: str) -> Screening:
    """Scan each named text (title=…, body=…) with the guard."""
    findings = [
        StoredFinding(name, f.kind, f.start, f.end, f.reason)
        for name, text in texts.items()
        if text
        for f in scan(text)
    ]
    return Screening(texts=dict(texts), findings=findings, strict=bool(space and space.is_strict))


def screen_private(participants: Iterable[str], **texts: str) -> Screening:
    """The guard on private text (messages, requests): the people writing to each other
    are not someone else's details, so their own names are not findings."""
    checked = screen(None, **texts)
    names = {w.casefold() for name in participants for w in re.findall(r"[^\W\d_]+", name)}
    kept = [
        f
        for f in checked.findings
        if not (
            f.kind == "person_name" and checked.texts[f.field][f.start : f.end].casefold() in names
        )
    ]
    return Screening(texts=checked.texts, findings=kept)


def screen_post(post: Post) -> Screening:
    """The guard on a stored post as it reads now: its title too, if it opens a topic."""
    texts = {"body": post.body_source}
    if post.number == 1:
        texts = {"title": post.topic.title, **texts}
    return screen(post.topic.space, **texts)


NEEDS_A_CHOICE = N_(
    "This may identify someone. Edit the highlighted parts, or say why it is safe "
    "to share and send it for review."
)


class Verdict(enum.StrEnum):
    """What became of a submission, for the composer to show."""

    published = "published"  # saved and readable (in a private place: sent)
    held = "held"  # saved, waiting for a moderator
    needs_justification = "needs_justification"  # nothing saved: edit, or say why it is safe


@dataclass(frozen=True)
class Outcome(Generic[Saved]):
    """A channel's answer to one submission: the verdict, the guard's findings, what was saved."""

    verdict: Verdict
    screening: Screening
    saved: Saved | None = None


def guard_verdict(
    screening: Screening, justification: str | None, *, private: bool = False
) -> Verdict:
    """What the guard's findings mean for this submission.

    Findings that hold need the author's choice first: edit them out, or say
    why the text is safe. With a reason, public text is held for a moderator;
    private text (messages, check-ins) is sent, never held, the reason kept.
    """
    if not screening.must_hold:
        return Verdict.published
    if not (justification or "").strip():
        return Verdict.needs_justification
    return Verdict.published if private else Verdict.held
