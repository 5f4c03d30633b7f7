from typing import Literal

WorkerReservationStatus = (
    Literal["accepted", "canceled", "completed", "pending", "rejected", "rescinded", "timeout", "wrapping"] | str
)
"""One of the values the spec names (WORKER_RESERVATION_STATUS_VALUES) or, in an answer, one it does not name
yet (kept as it came; the decoder logs a warning naming the field). A request's value must be one
the spec names: the client checks it before sending."""

WORKER_RESERVATION_STATUS_VALUES: frozenset[str] = frozenset(
    {
        "accepted",
        "canceled",
        "completed",
        "pending",
        "rejected",
        "rescinded",
        "timeout",
        "wrapping",
    }
)


def check_worker_reservation_status(value: str) -> WorkerReservationStatus:
    """``value`` as it came: the decoder checks its type and warns about a value the spec does not name."""
    return value
