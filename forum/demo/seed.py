"""Demo members and realistic, fully anonymised threads. Safe to run again."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from sqlalchemy import select

from forum import markup
from forum.accounts import passwords
from forum.accounts.models import AccountStatus, Application, MemberType, Role, User
from forum.checkins.managers import ensure_demo_manager
from forum.events.demo import ensure_events
from forum.extensions import db, utcnow
from forum.people.models import WhoCanFind
from forum.spaces.models import Space
from forum.summaries.demo import ensure_demo_summary
from forum.threads.models import Post, Topic, TopicRead

DEMO_PASSWORD = "demo-commons-2026"

# (email, display name, member type, role, status)
MEMBERS = [
    ("moderator@example.org", "Sam", MemberType.practitioner, Role.moderator, AccountStatus.active),
    ("admin@example.org", "Alex, admin", MemberType.practitioner, Role.admin, AccountStatus.active),
    (
        "practitioner@example.org",
        "Priya N.",
        MemberType.practitioner,
        Role.member,
        AccountStatus.active,
    ),
    (
        "adviser@example.org",
        "Tom, personal adviser",
        MemberType.practitioner,
        Role.member,
        AccountStatus.active,
    ),
    (
        "student@example.org",
        "Grace (SW student)",
        MemberType.practitioner,
        Role.member,
        AccountStatus.active,
    ),
    (
        "careleaver@example.org",
        "Skylark",
        MemberType.care_leaver,
        Role.member,
        AccountStatus.active,
    ),
    ("careleaver2@example.org", "River", MemberType.care_leaver, Role.member, AccountStatus.active),
    ("ally@example.org", "Dr Lee, researcher", MemberType.ally, Role.member, AccountStatus.active),
    (
        "applicant@example.org",
        "New applicant",
        MemberType.practitioner,
        Role.member,
        AccountStatus.pending,
    ),
]

# Two-factor is already set up for the demo moderator and admin, with these fixed,
# public secrets (base32), so a newcomer can open the moderation pages: add one to
# an authenticator app, or run `flask --app wsgi demo-code EMAIL` (development only).
DEMO_TWO_FACTOR_SECRETS = {
    "moderator@example.org": "DEMOMODERATORSAMPRACTICECOMMONS2",
    "admin@example.org": "DEMOADMINALEXPRACTICECOMMONS2345",
}

# What each demo member shows on their profile, and who may find them (only set
# on a new demo account, so a member's own changes survive a re-seed).
PROFILES: dict[str, dict[str, object]] = {
    "moderator@example.org": {"role_line": "Moderator", "region": "North West"},
    "practitioner@example.org": {
        "role_line": "Children's social worker",
        "organisation": "Northshire Council",
        "region": "North West",
        "country": "England",
        "interests": "direct work, life story work",
    },
    "adviser@example.org": {
        "role_line": "Personal adviser, leaving care",
        "organisation": "Northshire Leaving Care Team",
        "region": "North West",
        "country": "England",
        "interests": "housing, education, staying close",
        "worked_with_may_find": True,
    },
    "student@example.org": {
        "role_line": "Social work student",
        "organisation": "Northshire University",
        "region": "Yorkshire",
        "country": "England",
    },
    "careleaver@example.org": {
        "role_line": "Care experienced, studying part time",
        "region": "North West",
        "who_can_find": WhoCanFind.all_members,
        "listed_in_directory": True,
    },
    "ally@example.org": {
        "role_line": "Researcher, care experience and education",
        "organisation": "Northshire University",
        "region": "Scotland",
        "country": "Scotland",
    },
}

# (space slug, title, [(author email, markdown), ...]); first entry is the opening post.
# Every demo member writes at least three posts here, so none is still in the
# new-member period (forum/settings/services.py) and their next post publishes.
THREADS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "welcome",
        "Welcome to Practice Commons: start here",
        [
            (
                "moderator@example.org",
                'Hello and welcome. This is a members-only space for people who work in, study or grew up in social care.\n\n**One rule above all: never share anything that could identify a person.** Say "Child A, aged 14", not a name.\n\nIntroduce yourself below if you like.',
            ),
            (
                "practitioner@example.org",
                "Hi all, children's social worker in a busy duty team, ten years qualified. Here for the good-practice threads.",
            ),
            (
                "careleaver@example.org",
                "Hi. Care experienced, 23, studying part time. Glad there's somewhere moderated for this.",
            ),
        ],
    ),
    (
        "good-practice",
        "Writing case notes the young person could read",
        [
            (
                "practitioner@example.org",
                'Since our team started writing recordings *to* the young person ("we talked about…") rather than *about* them, the tone has changed completely. Anyone else doing this? Tips for managers who are nervous about it?',
            ),
            (
                "adviser@example.org",
                "We do it for pathway plans. Young people tell us it feels less like a file and more like their story. Keep it factual, avoid jargon, and read it back together when you can.",
            ),
            (
                "student@example.org",
                "This came up on placement. My practice educator said: write every note as if the young person will read it at 25. Stuck with me.",
            ),
        ],
    ),
    (
        "good-practice",
        "Resources on life story work for teenagers",
        [
            (
                "ally@example.org",
                "Collecting good resources on life story work with older children. Research summaries, practice guides, anything that worked for you.",
            ),
            (
                "adviser@example.org",
                "Memory boxes still work with teenagers if they choose what goes in. The key is giving control back.",
            ),
        ],
    ),
    (
        "case-discussion",
        "Young person (16) refusing contact with birth family: how hard to push?",
        [
            (
                "practitioner@example.org",
                "Anonymised: Young person A, 16, in a long-term foster placement, says they want no contact with birth family. The care plan still says supervised contact twice a year. A is clear and consistent.\n\nHow have others balanced the plan against a clear wish at this age? I'm thinking of taking it to the next review.",
            ),
            (
                "adviser@example.org",
                "At 16 their view should carry real weight. I'd record the wish in their own words, explore the why gently, and ask the IRO to review the plan rather than forcing it.",
            ),
            (
                "student@example.org",
                "Would an advocate help here, so A has someone independent at the review?",
            ),
            (
                "practitioner@example.org",
                "Good shout. I'll offer an advocate before the review. Thank you both.",
            ),
        ],
    ),
    (
        "case-discussion",
        "Section 47 strategy meeting: who records the decisions?",
        [
            (
                "adviser@example.org",
                "Quick practice question: in your area, who records decisions in strategy discussions, police or children's services? We've had a few where everyone assumed someone else had it.",
            ),
            (
                "practitioner@example.org",
                'Ours: the chair records, and the minutes go out within one working day. Made it a standing item at the end: "read back the decisions".',
            ),
        ],
    ),
    (
        "care-leavers-lounge",
        "Things I wish someone had told me at 18",
        [
            (
                "careleaver@example.org",
                "Starting a list. 1) You can ask for your file. 2) Your PA is meant to stay in touch until 25 if you want. 3) It's fine to not have it all sorted.",
            ),
            (
                "careleaver2@example.org",
                "4) Council tax exemption for care leavers exists in a lot of areas. Ask!",
            ),
            (
                "careleaver@example.org",
                "5) A good worker is one who texts back. Mine did and it made all the difference.",
            ),
        ],
    ),
    (
        "care-leavers-lounge",
        "Anyone else find Christmas hard?",
        [
            (
                "careleaver2@example.org",
                "Not trying to bring the mood down. Just wondering how people get through it.",
            ),
            (
                "careleaver@example.org",
                "Same. I volunteer on the day now, it helps. And I message my old foster carer, we still talk.",
            ),
        ],
    ),
    (
        "reconnect",
        "How reconnecting with past workers works here",
        [
            (
                "moderator@example.org",
                "Reconnect is for care leavers and the practitioners who worked with them. Nothing is shared until both sides agree. If you're not sure, ask a moderator first.",
            ),
        ],
    ),
    (
        "courses-events",
        "Free online course: trauma-informed practice basics",
        [
            (
                "ally@example.org",
                "Sharing a free six-week online course on trauma-informed practice, aimed at new practitioners and foster carers. Evenings, recorded sessions available.",
            ),
            (
                "student@example.org",
                "Signed up, thanks. The recordings make it possible around placement.",
            ),
        ],
    ),
    (
        "off-topic",
        "What do you do to switch off after a hard shift?",
        [
            ("practitioner@example.org", "Mine is a long walk with no phone. What's yours?"),
            ("adviser@example.org", "Allotment. Weeding is very therapeutic."),
            ("careleaver2@example.org", "Drawing. Not even good drawing, just drawing."),
        ],
    ),
    (
        "off-topic",
        "Book recommendations for the commute",
        [
            (
                "student@example.org",
                "Looking for books, fiction or not, that helped you understand the people you work with.",
            ),
            (
                "ally@example.org",
                "Memoirs by care-experienced writers taught me more than most textbooks. Ask your library for its care-experience collection.",
            ),
        ],
    ),
    (
        "moderators",
        "Moderation rota for the holidays",
        [
            (
                "moderator@example.org",
                "Please add your availability. We need two people each day on the approval queue.",
            ),
        ],
    ),
]


@dataclass
class SeedReport:
    members_added: list[str] = field(default_factory=list)
    topics_added: int = 0

    def summary(self) -> str:
        lines = [
            f"Demo data ready: {len(self.members_added)} members and {self.topics_added} topics added.",
            f"Demo sign-ins (password for all: {DEMO_PASSWORD}):",
        ]
        for email, name, member_type, role, status in MEMBERS:
            what = role.value if role is not Role.member else member_type.label.lower()
            if status is not AccountStatus.active:
                what += ", waiting for approval"
            if email in DEMO_TWO_FACTOR_SECRETS:
                what += f"; two-factor secret {DEMO_TWO_FACTOR_SECRETS[email]}"
            lines.append(f"  {email:<28} {name} ({what})")
        lines.append(
            "Two-factor code for a demo moderator or admin now: flask --app wsgi demo-code EMAIL"
        )
        return "\n".join(lines)


def _ensure_members(report: SeedReport) -> dict[str, User]:
    users = {
        u.email: u
        for u in db.session.scalars(select(User).where(User.email.in_([m[0] for m in MEMBERS])))
    }
    password_hash = passwords.hash_password(DEMO_PASSWORD)
    for email, name, member_type, role, status in MEMBERS:
        if email in users:
            continue
        user = User(
            email=email,
            password_hash=password_hash,
            display_name=name,
            member_type=member_type,
            role=role,
            status=status,
            email_verified_at=utcnow(),
        )
        user.application = Application(
            organisation="Demo organisation" if member_type is MemberType.practitioner else "",
            job_title="Social worker" if member_type is MemberType.practitioner else "",
            region="North West",
            country="England",
            reason="Demo member, here to show how the forum works.",
            submitted_at=utcnow() - timedelta(days=30),
        )
        for name_, value in PROFILES.get(email, {}).items():
            setattr(user.profile, name_, value)
        db.session.add(user)
        users[email] = user
        report.members_added.append(email)
    for email, secret in DEMO_TWO_FACTOR_SECRETS.items():
        if not users[email].has_two_factor:
            users[email].totp_secret = secret
            users[email].totp_confirmed_at = utcnow()
    db.session.flush()
    return users


def _ensure_threads(users: dict[str, User], report: SeedReport) -> None:
    spaces = {s.slug: s for s in db.session.scalars(select(Space))}
    existing = set(db.session.scalars(select(Topic.title)))
    start = utcnow() - timedelta(days=len(THREADS) + 2)
    for index, (slug, title, posts) in enumerate(THREADS):
        if title in existing or slug not in spaces:
            continue
        when = start + timedelta(days=index)
        topic = Topic(space=spaces[slug], author=users[posts[0][0]], title=title, created_at=when)
        db.session.add(topic)
        for number, (email, body) in enumerate(posts, start=1):
            when += timedelta(hours=3)
            db.session.add(
                Post(
                    topic=topic,
                    author=users[email],
                    number=number,
                    body_source=body,
                    body_html=markup.render(body),
                    created_at=when,
                )
            )
        topic.post_count = len(posts)
        topic.last_post_at = when
        db.session.flush()
        db.session.add(
            TopicRead(user_id=users[posts[0][0]].id, topic_id=topic.id, last_read_number=1)
        )
        report.topics_added += 1


def seed_demo() -> SeedReport:
    report = SeedReport()
    users = _ensure_members(report)
    _ensure_threads(users, report)
    ensure_demo_summary(users)  # a summary and helpful replies on one case discussion
    report.topics_added += ensure_events(users)  # a course, a meet-up, a scheduled chat
    ensure_demo_manager(users["adviser@example.org"], users["practitioner@example.org"])
    db.session.commit()
    # Demo posts are inserted directly, not through the posting service: index them.
    from forum.search import services as search

    search.reindex()
    return report
