"""Reports: members tell the moderators about a post; moderators work the cases.

Every member's report of one item folds into one open case, so the queue
shows each item once with a count. A safeguarding concern is urgent and mailed
to every moderator at once; a confidentiality breach hides the item at once.
"""
