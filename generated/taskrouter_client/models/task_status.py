from typing import Literal

TaskStatus = Literal["assigned", "canceled", "completed", "pending", "reserved", "wrapping"] | str
"""One of the values the spec names (TASK_STATUS_VALUES) or, in an answer, one it does not name
yet (kept as it came; the decoder logs a warning naming the field). A request's value must be one
the spec names: the client checks it before sending."""

TASK_STATUS_VALUES: frozenset[str] = frozenset(
    {
        "assigned",
        "canceled",
        "completed",
        "pending",
        "reserved",
        "wrapping",
    }
)


def check_task_status(value: str) -> TaskStatus:
    """``value`` as it came: the decoder checks its type and warns about a value the spec does not name."""
    return value
