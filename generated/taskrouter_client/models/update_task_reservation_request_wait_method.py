from typing import Literal

UpdateTaskReservationRequestWaitMethod = Literal["GET", "POST"] | str
"""One of the values the spec names (UPDATE_TASK_RESERVATION_REQUEST_WAIT_METHOD_VALUES) or, in an answer, one it does not name
yet (kept as it came; the decoder logs a warning naming the field). A request's value must be one
the spec names: the client checks it before sending."""

UPDATE_TASK_RESERVATION_REQUEST_WAIT_METHOD_VALUES: frozenset[str] = frozenset(
    {
        "GET",
        "POST",
    }
)


def check_update_task_reservation_request_wait_method(value: str) -> UpdateTaskReservationRequestWaitMethod:
    """``value`` as it came: the decoder checks its type and warns about a value the spec does not name."""
    return value
