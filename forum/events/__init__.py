"""Events and scheduled topic chats: a start time, a place, RSVPs and a calendar file."""
