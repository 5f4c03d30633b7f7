from typing import Literal

TaskReservationCallStatus = Literal["answered", "completed", "initiated", "ringing"] | str
"""One of the values the spec names (TASK_RESERVATION_CALL_STATUS_VALUES) or, in an answer, one it does not name
yet (kept as it came; the decoder logs a warning naming the field). A request's value must be one
the spec names: the client checks it before sending."""

TASK_RESERVATION_CALL_STATUS_VALUES: frozenset[str] = frozenset(
    {
        "answered",
        "completed",
        "initiated",
        "ringing",
    }
)


def check_task_reservation_call_status(value: str) -> TaskReservationCallStatus:
    """``value`` as it came: the decoder checks its type and warns about a value the spec does not name."""
    return value
