from typing import Literal

UpdateWorkerReservationRequestConferenceRecordingStatusCallbackMethod = Literal["GET", "POST"] | str
"""One of the values the spec names (UPDATE_WORKER_RESERVATION_REQUEST_CONFERENCE_RECORDING_STATUS_CALLBACK_METHOD_VALUES) or, in an answer, one it does not name
yet (kept as it came; the decoder logs a warning naming the field). A request's value must be one
the spec names: the client checks it before sending."""

UPDATE_WORKER_RESERVATION_REQUEST_CONFERENCE_RECORDING_STATUS_CALLBACK_METHOD_VALUES: frozenset[str] = frozenset(
    {
        "GET",
        "POST",
    }
)


def check_update_worker_reservation_request_conference_recording_status_callback_method(
    value: str,
) -> UpdateWorkerReservationRequestConferenceRecordingStatusCallbackMethod:
    """``value`` as it came: the decoder checks its type and warns about a value the spec does not name."""
    return value
