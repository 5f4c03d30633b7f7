from typing import Literal

WorkerReservationConferenceEvent = Literal["end", "hold", "join", "leave", "mute", "speaker", "start"] | str
"""One of the values the spec names (WORKER_RESERVATION_CONFERENCE_EVENT_VALUES) or, in an answer, one it does not name
yet (kept as it came; the decoder logs a warning naming the field). A request's value must be one
the spec names: the client checks it before sending."""

WORKER_RESERVATION_CONFERENCE_EVENT_VALUES: frozenset[str] = frozenset(
    {
        "end",
        "hold",
        "join",
        "leave",
        "mute",
        "speaker",
        "start",
    }
)


def check_worker_reservation_conference_event(value: str) -> WorkerReservationConferenceEvent:
    """``value`` as it came: the decoder checks its type and warns about a value the spec does not name."""
    return value
