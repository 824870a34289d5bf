"""The services the groups screens call, gathered from the session's services."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from peerdesk.services.groups import GroupService
    from peerdesk.services.participants import ParticipantService
    from peerdesk.services.session_recording import ContactRecordingService
    from peerdesk.services.sessions import SessionService
    from peerdesk.services.timeline import SessionQueries
    from peerdesk.ui.session import UiSession


@dataclass(frozen=True)
class GroupServices:
    """Groups, sessions (writes and reads), contacts, and participants (to add members)."""

    groups: GroupService
    sessions: SessionService
    queries: SessionQueries
    contacts: ContactRecordingService
    participants: ParticipantService


def group_services(session: UiSession) -> GroupServices:
    """The group services of ``session`` (made at sign-in with the others)."""
    s = session.services
    return GroupServices(s.groups, s.sessions, s.session_queries, s.contacts, s.participants)
