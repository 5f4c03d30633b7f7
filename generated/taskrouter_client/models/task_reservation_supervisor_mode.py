from typing import Literal

TaskReservationSupervisorMode = Literal["barge", "monitor", "whisper"] | str
"""One of the values the spec names (TASK_RESERVATION_SUPERVISOR_MODE_VALUES) or, in an answer, one it does not name
yet (kept as it came; the decoder logs a warning naming the field). A request's value must be one
the spec names: the client checks it before sending."""

TASK_RESERVATION_SUPERVISOR_MODE_VALUES: frozenset[str] = frozenset(
    {
        "barge",
        "monitor",
        "whisper",
    }
)


def check_task_reservation_supervisor_mode(value: str) -> TaskReservationSupervisorMode:
    """``value`` as it came: the decoder checks its type and warns about a value the spec does not name."""
    return value
