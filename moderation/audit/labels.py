"""Readable words for what the audit log records.

Services write short action codes ("post.reject"); moderators read sentences.
A code without a label here is shown as it is, so a new action is never hidden.
"""

from __future__ import annotations

from flask_babel import gettext as _
from wtforms.fields.choices import SelectChoice

from forum.i18n import N_

ACTION_GROUPS: dict[str, dict[str, str]] = {
    N_("Applications"): {
        "application.approve": N_("Approved an application"),
        "application.reject": N_("Rejected an application"),
        "application.ask": N_("Asked an applicant for more information"),
    },
    N_("Posts"): {
        "post.publish": N_("Published a held post"),
        "post.edit_publish": N_("Edited and published a held post"),
        "post.reject": N_("Rejected a held post"),
        "post.reveal_author": N_("Revealed the author of an anonymous post"),
        "post.hide": N_("Hid a post"),
        "post.unhide": N_("Showed a hidden post again"),
        "post.edit": N_("Edited a post"),
        "post.delete": N_("Deleted a post"),
        "post.redact": N_("Redacted a post"),
    },
    N_("Reports"): {
        "report.dismiss": N_("Dismissed a report"),
        "report.resolve": N_("Resolved a report"),
        "report.hide": N_("Hid a reported item"),
        "report.edit": N_("Edited a reported item"),
        "report.delete": N_("Deleted a reported item"),
        "report.lock": N_("Locked the topic of a reported item"),
        "report.warn": N_("Warned the author of a reported item"),
        "report.suspend": N_("Suspended the author of a reported item"),
        "message.delete": N_("Deleted a reported private message"),
        "checkin.remove_text": N_("Removed the text of a reported check-in item"),
    },
    N_("Topics"): {
        "topic.lock": N_("Locked a topic"),
        "topic.unlock": N_("Unlocked a topic"),
        "topic.pin": N_("Pinned a topic"),
        "topic.unpin": N_("Unpinned a topic"),
        "topic.move": N_("Moved a topic"),
        "topic.merge": N_("Merged topics"),
        "topic.split": N_("Split a topic"),
        "topic.hide": N_("Hid a topic"),
        "topic.delete": N_("Deleted a topic"),
        "topic.content_note": N_("Changed a topic's content note"),
    },
    N_("Members"): {
        "member.warn": N_("Warned a member"),
        "member.suspend": N_("Suspended a member"),
        "member.ban": N_("Banned a member"),
        "member.lift": N_("Lifted a suspension or ban"),
        "member.note": N_("Wrote a note on a member"),
        "user.warn": N_("Warned a member"),
        "user.suspend": N_("Suspended a member"),
        "user.ban": N_("Banned a member"),
        "user.lift": N_("Lifted a suspension or ban"),
        "user.note": N_("Wrote a note on a member"),
        "role.grant": N_("Made a member a moderator"),
        "role.revoke": N_("Removed a moderator's rights"),
    },
    N_("Site"): {
        "watched_word.add": N_("Added a watched word"),
        "watched_word.create": N_("Added a watched word"),
        "watched_word.edit": N_("Changed a watched word"),
        "watched_word.update": N_("Changed a watched word"),
        "watched_word.delete": N_("Removed a watched word"),
        "watched_word.remove": N_("Removed a watched word"),
        "settings.change": N_("Changed the site settings"),
        "settings.update": N_("Changed the site settings"),
    },
}

ACTION_LABELS: dict[str, str] = {
    code: label for group in ACTION_GROUPS.values() for code, label in group.items()
}

# What a target is called on the page, and the words a moderator may type for it.
TARGET_NOUNS = {
    "user": N_("Member"),
    "post": N_("Post"),
    "topic": N_("Topic"),
    "report": N_("Report"),
    "report_case": N_("Report"),
    "watched_word": N_("Watched word"),
    "setting": N_("Setting"),
    "settings": N_("Settings"),
}
TARGET_ALIASES = {"member": "user", "applicant": "user", "reply": "post", "case": "report_case"}


def action_label(code: str) -> str:
    label = ACTION_LABELS.get(code)
    return _(label) if label else code


def action_choices() -> list[SelectChoice]:
    """The "Action" filter's options: known actions, grouped by what they act on.

    The field takes this function itself, so the words are the reader's at each request.
    """
    choices = [SelectChoice("", _("Any action"))]
    for group, actions in ACTION_GROUPS.items():
        seen: set[str] = set()
        for code, label in actions.items():
            if label not in seen:  # two codes, one meaning: offer it once
                seen.add(label)
                choices.append(SelectChoice(code, _(label), optgroup=_(group)))
    return choices


def target_noun(target_type: str) -> str:
    noun = TARGET_NOUNS.get(target_type)
    return _(noun) if noun else target_type.replace("_", " ").capitalize()
