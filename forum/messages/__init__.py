"""Private messages between connected members, checked by the guard before they are sent."""
