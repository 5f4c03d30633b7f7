from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_worker_reservation_request_conference_recording_status_callback_method import (
    UpdateWorkerReservationRequestConferenceRecordingStatusCallbackMethod,
    check_update_worker_reservation_request_conference_recording_status_callback_method,
)
from ..models.update_worker_reservation_request_conference_status_callback_method import (
    UpdateWorkerReservationRequestConferenceStatusCallbackMethod,
    check_update_worker_reservation_request_conference_status_callback_method,
)
from ..models.update_worker_reservation_request_recording_status_callback_method import (
    UpdateWorkerReservationRequestRecordingStatusCallbackMethod,
    check_update_worker_reservation_request_recording_status_callback_method,
)
from ..models.update_worker_reservation_request_status_callback_method import (
    UpdateWorkerReservationRequestStatusCallbackMethod,
    check_update_worker_reservation_request_status_callback_method,
)
from ..models.update_worker_reservation_request_wait_method import (
    UpdateWorkerReservationRequestWaitMethod,
    check_update_worker_reservation_request_wait_method,
)
from ..models.worker_reservation_call_status import WorkerReservationCallStatus, check_worker_reservation_call_status
from ..models.worker_reservation_conference_event import (
    WorkerReservationConferenceEvent,
    check_worker_reservation_conference_event,
)
from ..models.worker_reservation_status import WorkerReservationStatus, check_worker_reservation_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateWorkerReservationRequest")


@_attrs_define
class UpdateWorkerReservationRequest:
    reservation_status: WorkerReservationStatus | Unset = UNSET
    """ The current status of the reservation. Can be: `pending`, `accepted`, `rejected`, `timeout`, `canceled`, or
    `rescinded`. """
    worker_activity_sid: str | Unset = UNSET
    """ The new worker activity SID if rejecting a reservation. """
    instruction: str | Unset = UNSET
    """ The assignment instruction for the reservation. """
    dequeue_post_work_activity_sid: str | Unset = UNSET
    """ The SID of the Activity resource to start after executing a Dequeue instruction. """
    dequeue_from: str | Unset = UNSET
    """ The caller ID of the call to the worker when executing a Dequeue instruction. """
    dequeue_record: str | Unset = UNSET
    """ Whether to record both legs of a call when executing a Dequeue instruction or which leg to record. """
    dequeue_timeout: int | Unset = UNSET
    """ The timeout for call when executing a Dequeue instruction. """
    dequeue_to: str | Unset = UNSET
    """ The contact URI of the worker when executing a Dequeue instruction. Can be the URI of the Twilio Client, the
    SIP URI for Programmable SIP, or the [E.164](https://www.twilio.com/docs/glossary/what-e164) formatted phone
    number, depending on the destination. """
    dequeue_status_callback_url: str | Unset = UNSET
    """ The callback URL for completed call event when executing a Dequeue instruction. """
    call_from: str | Unset = UNSET
    """ The Caller ID of the outbound call when executing a Call instruction. """
    call_record: str | Unset = UNSET
    """ Whether to record both legs of a call when executing a Call instruction. """
    call_timeout: int | Unset = UNSET
    """ The timeout for a call when executing a Call instruction. """
    call_to: str | Unset = UNSET
    """ The contact URI of the worker when executing a Call instruction. Can be the URI of the Twilio Client, the
    SIP URI for Programmable SIP, or the [E.164](https://www.twilio.com/docs/glossary/what-e164) formatted phone
    number, depending on the destination. """
    call_url: str | Unset = UNSET
    """ TwiML URI executed on answering the worker's leg as a result of the Call instruction. """
    call_status_callback_url: str | Unset = UNSET
    """ The URL to call for the completed call event when executing a Call instruction. """
    call_accept: bool | Unset = UNSET
    """ Whether to accept a reservation when executing a Call instruction. """
    redirect_call_sid: str | Unset = UNSET
    """ The Call SID of the call parked in the queue when executing a Redirect instruction. """
    redirect_accept: bool | Unset = UNSET
    """ Whether the reservation should be accepted when executing a Redirect instruction. """
    redirect_url: str | Unset = UNSET
    """ TwiML URI to redirect the call to when executing the Redirect instruction. """
    to: str | Unset = UNSET
    """ The Contact URI of the worker when executing a Conference instruction. Can be the URI of the Twilio Client,
    the SIP URI for Programmable SIP, or the [E.164](https://www.twilio.com/docs/glossary/what-e164) formatted phone
    number, depending on the destination. """
    from_: str | Unset = UNSET
    """ The caller ID of the call to the worker when executing a Conference instruction. """
    status_callback: str | Unset = UNSET
    """ The URL we should call using the `status_callback_method` to send status information to your application.
    """
    status_callback_method: UpdateWorkerReservationRequestStatusCallbackMethod | Unset = UNSET
    """ The HTTP method we should use to call `status_callback`. Can be: `POST` or `GET` and the default is `POST`.
    """
    status_callback_event: list[WorkerReservationCallStatus] | Unset = UNSET
    """ The call progress events that we will send to `status_callback`. Can be: `initiated`, `ringing`, `answered`,
    or `completed`. """
    timeout: int | Unset = UNSET
    """ The timeout for a call when executing a Conference instruction. """
    record: bool | Unset = UNSET
    """ Whether to record the participant and their conferences, including the time between conferences. Can be
    `true` or `false` and the default is `false`. """
    muted: bool | Unset = UNSET
    """ Whether the agent is muted in the conference. Defaults to `false`. """
    beep: str | Unset = UNSET
    """ Whether to play a notification beep when the participant joins or when to play a beep. Can be: `true`,
    `false`, `onEnter`, or `onExit`. The default value is `true`. """
    start_conference_on_enter: bool | Unset = UNSET
    """ Whether to start the conference when the participant joins, if it has not already started. Can be: `true` or
    `false` and the default is `true`. If `false` and the conference has not started, the participant is muted and
    hears background music until another participant starts the conference. """
    end_conference_on_exit: bool | Unset = UNSET
    """ Whether to end the conference when the agent leaves. """
    wait_url: str | Unset = UNSET
    """ The URL we should call using the `wait_method` for the music to play while participants are waiting for the
    conference to start. The default value is the URL of our standard hold music. [Learn more about hold
    music](https://www.twilio.com/labs/twimlets/holdmusic). """
    wait_method: UpdateWorkerReservationRequestWaitMethod | Unset = UNSET
    """ The HTTP method we should use to call `wait_url`. Can be `GET` or `POST` and the default is `POST`. When
    using a static audio file, this should be `GET` so that we can cache the file. """
    early_media: bool | Unset = UNSET
    """ Whether to allow an agent to hear the state of the outbound call, including ringing or disconnect messages.
    The default is `true`. """
    max_participants: int | Unset = UNSET
    """ The maximum number of participants allowed in the conference. Can be a positive integer from `2` to `250`.
    The default value is `250`. """
    conference_status_callback: str | Unset = UNSET
    """ The URL we should call using the `conference_status_callback_method` when the conference events in
    `conference_status_callback_event` occur. Only the value set by the first participant to join the conference is
    used. Subsequent `conference_status_callback` values are ignored. """
    conference_status_callback_method: UpdateWorkerReservationRequestConferenceStatusCallbackMethod | Unset = UNSET
    """ The HTTP method we should use to call `conference_status_callback`. Can be: `GET` or `POST` and defaults to
    `POST`. """
    conference_status_callback_event: list[WorkerReservationConferenceEvent] | Unset = UNSET
    """ The conference status events that we will send to `conference_status_callback`. Can be: `start`, `end`,
    `join`, `leave`, `mute`, `hold`, `speaker`. """
    conference_record: str | Unset = UNSET
    """ Whether to record the conference the participant is joining or when to record the conference. Can be:
    `true`, `false`, `record-from-start`, and `do-not-record`. The default value is `false`. """
    conference_trim: str | Unset = UNSET
    """ Whether to trim leading and trailing silence from your recorded conference audio files. Can be: `trim-
    silence` or `do-not-trim` and defaults to `trim-silence`. """
    recording_channels: str | Unset = UNSET
    """ The recording channels for the final recording. Can be: `mono` or `dual` and the default is `mono`. """
    recording_status_callback: str | Unset = UNSET
    """ The URL that we should call using the `recording_status_callback_method` when the recording status changes.
    """
    recording_status_callback_method: UpdateWorkerReservationRequestRecordingStatusCallbackMethod | Unset = UNSET
    """ The HTTP method we should use when we call `recording_status_callback`. Can be: `GET` or `POST` and defaults
    to `POST`. """
    conference_recording_status_callback: str | Unset = UNSET
    """ The URL we should call using the `conference_recording_status_callback_method` when the conference recording
    is available. """
    conference_recording_status_callback_method: (
        UpdateWorkerReservationRequestConferenceRecordingStatusCallbackMethod | Unset
    ) = UNSET
    """ The HTTP method we should use to call `conference_recording_status_callback`. Can be: `GET` or `POST` and
    defaults to `POST`. """
    region: str | Unset = UNSET
    """ The [region](https://support.twilio.com/hc/en-us/articles/223132167-How-global-low-latency-routing-and-
    region-selection-work-for-conferences-and-Client-calls) where we should mix the recorded audio. Can be:`us1`,
    `us2`, `ie1`, `de1`, `sg1`, `br1`, `au1`, or `jp1`. """
    sip_auth_username: str | Unset = UNSET
    """ The SIP username used for authentication. """
    sip_auth_password: str | Unset = UNSET
    """ The SIP password for authentication. """
    dequeue_status_callback_event: list[str] | Unset = UNSET
    """ The call progress events sent via webhooks as a result of a Dequeue instruction. """
    post_work_activity_sid: str | Unset = UNSET
    """ The new worker activity SID after executing a Conference instruction. """
    end_conference_on_customer_exit: bool | Unset = UNSET
    """ Whether to end the conference when the customer leaves. """
    beep_on_customer_entrance: bool | Unset = UNSET
    """ Whether to play a notification beep when the customer joins. """
    jitter_buffer_size: str | Unset = UNSET
    """ The jitter buffer size for conference. Can be: `small`, `medium`, `large`, `off`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reservation_status: str | Unset = UNSET
        if not isinstance(self.reservation_status, Unset):
            reservation_status = self.reservation_status

        worker_activity_sid = self.worker_activity_sid

        instruction = self.instruction

        dequeue_post_work_activity_sid = self.dequeue_post_work_activity_sid

        dequeue_from = self.dequeue_from

        dequeue_record = self.dequeue_record

        dequeue_timeout = self.dequeue_timeout

        dequeue_to = self.dequeue_to

        dequeue_status_callback_url = self.dequeue_status_callback_url

        call_from = self.call_from

        call_record = self.call_record

        call_timeout = self.call_timeout

        call_to = self.call_to

        call_url = self.call_url

        call_status_callback_url = self.call_status_callback_url

        call_accept = self.call_accept

        redirect_call_sid = self.redirect_call_sid

        redirect_accept = self.redirect_accept

        redirect_url = self.redirect_url

        to = self.to

        from_ = self.from_

        status_callback = self.status_callback

        status_callback_method: str | Unset = UNSET
        if not isinstance(self.status_callback_method, Unset):
            status_callback_method = self.status_callback_method

        status_callback_event: list[str] | Unset = UNSET
        if not isinstance(self.status_callback_event, Unset):
            status_callback_event = []
            for status_callback_event_item_data in self.status_callback_event:
                status_callback_event_item: str = status_callback_event_item_data
                status_callback_event.append(status_callback_event_item)

        timeout = self.timeout

        record = self.record

        muted = self.muted

        beep = self.beep

        start_conference_on_enter = self.start_conference_on_enter

        end_conference_on_exit = self.end_conference_on_exit

        wait_url = self.wait_url

        wait_method: str | Unset = UNSET
        if not isinstance(self.wait_method, Unset):
            wait_method = self.wait_method

        early_media = self.early_media

        max_participants = self.max_participants

        conference_status_callback = self.conference_status_callback

        conference_status_callback_method: str | Unset = UNSET
        if not isinstance(self.conference_status_callback_method, Unset):
            conference_status_callback_method = self.conference_status_callback_method

        conference_status_callback_event: list[str] | Unset = UNSET
        if not isinstance(self.conference_status_callback_event, Unset):
            conference_status_callback_event = []
            for conference_status_callback_event_item_data in self.conference_status_callback_event:
                conference_status_callback_event_item: str = conference_status_callback_event_item_data
                conference_status_callback_event.append(conference_status_callback_event_item)

        conference_record = self.conference_record

        conference_trim = self.conference_trim

        recording_channels = self.recording_channels

        recording_status_callback = self.recording_status_callback

        recording_status_callback_method: str | Unset = UNSET
        if not isinstance(self.recording_status_callback_method, Unset):
            recording_status_callback_method = self.recording_status_callback_method

        conference_recording_status_callback = self.conference_recording_status_callback

        conference_recording_status_callback_method: str | Unset = UNSET
        if not isinstance(self.conference_recording_status_callback_method, Unset):
            conference_recording_status_callback_method = self.conference_recording_status_callback_method

        region = self.region

        sip_auth_username = self.sip_auth_username

        sip_auth_password = self.sip_auth_password

        dequeue_status_callback_event: list[str] | Unset = UNSET
        if not isinstance(self.dequeue_status_callback_event, Unset):
            dequeue_status_callback_event = self.dequeue_status_callback_event

        post_work_activity_sid = self.post_work_activity_sid

        end_conference_on_customer_exit = self.end_conference_on_customer_exit

        beep_on_customer_entrance = self.beep_on_customer_entrance

        jitter_buffer_size = self.jitter_buffer_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reservation_status is not UNSET:
            field_dict["ReservationStatus"] = reservation_status
        if worker_activity_sid is not UNSET:
            field_dict["WorkerActivitySid"] = worker_activity_sid
        if instruction is not UNSET:
            field_dict["Instruction"] = instruction
        if dequeue_post_work_activity_sid is not UNSET:
            field_dict["DequeuePostWorkActivitySid"] = dequeue_post_work_activity_sid
        if dequeue_from is not UNSET:
            field_dict["DequeueFrom"] = dequeue_from
        if dequeue_record is not UNSET:
            field_dict["DequeueRecord"] = dequeue_record
        if dequeue_timeout is not UNSET:
            field_dict["DequeueTimeout"] = dequeue_timeout
        if dequeue_to is not UNSET:
            field_dict["DequeueTo"] = dequeue_to
        if dequeue_status_callback_url is not UNSET:
            field_dict["DequeueStatusCallbackUrl"] = dequeue_status_callback_url
        if call_from is not UNSET:
            field_dict["CallFrom"] = call_from
        if call_record is not UNSET:
            field_dict["CallRecord"] = call_record
        if call_timeout is not UNSET:
            field_dict["CallTimeout"] = call_timeout
        if call_to is not UNSET:
            field_dict["CallTo"] = call_to
        if call_url is not UNSET:
            field_dict["CallUrl"] = call_url
        if call_status_callback_url is not UNSET:
            field_dict["CallStatusCallbackUrl"] = call_status_callback_url
        if call_accept is not UNSET:
            field_dict["CallAccept"] = call_accept
        if redirect_call_sid is not UNSET:
            field_dict["RedirectCallSid"] = redirect_call_sid
        if redirect_accept is not UNSET:
            field_dict["RedirectAccept"] = redirect_accept
        if redirect_url is not UNSET:
            field_dict["RedirectUrl"] = redirect_url
        if to is not UNSET:
            field_dict["To"] = to
        if from_ is not UNSET:
            field_dict["From"] = from_
        if status_callback is not UNSET:
            field_dict["StatusCallback"] = status_callback
        if status_callback_method is not UNSET:
            field_dict["StatusCallbackMethod"] = status_callback_method
        if status_callback_event is not UNSET:
            field_dict["StatusCallbackEvent"] = status_callback_event
        if timeout is not UNSET:
            field_dict["Timeout"] = timeout
        if record is not UNSET:
            field_dict["Record"] = record
        if muted is not UNSET:
            field_dict["Muted"] = muted
        if beep is not UNSET:
            field_dict["Beep"] = beep
        if start_conference_on_enter is not UNSET:
            field_dict["StartConferenceOnEnter"] = start_conference_on_enter
        if end_conference_on_exit is not UNSET:
            field_dict["EndConferenceOnExit"] = end_conference_on_exit
        if wait_url is not UNSET:
            field_dict["WaitUrl"] = wait_url
        if wait_method is not UNSET:
            field_dict["WaitMethod"] = wait_method
        if early_media is not UNSET:
            field_dict["EarlyMedia"] = early_media
        if max_participants is not UNSET:
            field_dict["MaxParticipants"] = max_participants
        if conference_status_callback is not UNSET:
            field_dict["ConferenceStatusCallback"] = conference_status_callback
        if conference_status_callback_method is not UNSET:
            field_dict["ConferenceStatusCallbackMethod"] = conference_status_callback_method
        if conference_status_callback_event is not UNSET:
            field_dict["ConferenceStatusCallbackEvent"] = conference_status_callback_event
        if conference_record is not UNSET:
            field_dict["ConferenceRecord"] = conference_record
        if conference_trim is not UNSET:
            field_dict["ConferenceTrim"] = conference_trim
        if recording_channels is not UNSET:
            field_dict["RecordingChannels"] = recording_channels
        if recording_status_callback is not UNSET:
            field_dict["RecordingStatusCallback"] = recording_status_callback
        if recording_status_callback_method is not UNSET:
            field_dict["RecordingStatusCallbackMethod"] = recording_status_callback_method
        if conference_recording_status_callback is not UNSET:
            field_dict["ConferenceRecordingStatusCallback"] = conference_recording_status_callback
        if conference_recording_status_callback_method is not UNSET:
            field_dict["ConferenceRecordingStatusCallbackMethod"] = conference_recording_status_callback_method
        if region is not UNSET:
            field_dict["Region"] = region
        if sip_auth_username is not UNSET:
            field_dict["SipAuthUsername"] = sip_auth_username
        if sip_auth_password is not UNSET:
            field_dict["SipAuthPassword"] = sip_auth_password
        if dequeue_status_callback_event is not UNSET:
            field_dict["DequeueStatusCallbackEvent"] = dequeue_status_callback_event
        if post_work_activity_sid is not UNSET:
            field_dict["PostWorkActivitySid"] = post_work_activity_sid
        if end_conference_on_customer_exit is not UNSET:
            field_dict["EndConferenceOnCustomerExit"] = end_conference_on_customer_exit
        if beep_on_customer_entrance is not UNSET:
            field_dict["BeepOnCustomerEntrance"] = beep_on_customer_entrance
        if jitter_buffer_size is not UNSET:
            field_dict["JitterBufferSize"] = jitter_buffer_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _reservation_status = d.pop("ReservationStatus", UNSET)
        reservation_status: WorkerReservationStatus | Unset
        if isinstance(_reservation_status, Unset):
            reservation_status = UNSET
        else:
            reservation_status = check_worker_reservation_status(_reservation_status)

        worker_activity_sid = d.pop("WorkerActivitySid", UNSET)

        instruction = d.pop("Instruction", UNSET)

        dequeue_post_work_activity_sid = d.pop("DequeuePostWorkActivitySid", UNSET)

        dequeue_from = d.pop("DequeueFrom", UNSET)

        dequeue_record = d.pop("DequeueRecord", UNSET)

        dequeue_timeout = d.pop("DequeueTimeout", UNSET)

        dequeue_to = d.pop("DequeueTo", UNSET)

        dequeue_status_callback_url = d.pop("DequeueStatusCallbackUrl", UNSET)

        call_from = d.pop("CallFrom", UNSET)

        call_record = d.pop("CallRecord", UNSET)

        call_timeout = d.pop("CallTimeout", UNSET)

        call_to = d.pop("CallTo", UNSET)

        call_url = d.pop("CallUrl", UNSET)

        call_status_callback_url = d.pop("CallStatusCallbackUrl", UNSET)

        call_accept = d.pop("CallAccept", UNSET)

        redirect_call_sid = d.pop("RedirectCallSid", UNSET)

        redirect_accept = d.pop("RedirectAccept", UNSET)

        redirect_url = d.pop("RedirectUrl", UNSET)

        to = d.pop("To", UNSET)

        from_ = d.pop("From", UNSET)

        status_callback = d.pop("StatusCallback", UNSET)

        _status_callback_method = d.pop("StatusCallbackMethod", UNSET)
        status_callback_method: UpdateWorkerReservationRequestStatusCallbackMethod | Unset
        if isinstance(_status_callback_method, Unset):
            status_callback_method = UNSET
        else:
            status_callback_method = check_update_worker_reservation_request_status_callback_method(
                _status_callback_method
            )

        _status_callback_event = d.pop("StatusCallbackEvent", UNSET)
        status_callback_event: list[WorkerReservationCallStatus] | Unset = UNSET
        if _status_callback_event is not UNSET:
            status_callback_event = []
            for status_callback_event_item_data in _status_callback_event:
                status_callback_event_item = check_worker_reservation_call_status(status_callback_event_item_data)

                status_callback_event.append(status_callback_event_item)

        timeout = d.pop("Timeout", UNSET)

        record = d.pop("Record", UNSET)

        muted = d.pop("Muted", UNSET)

        beep = d.pop("Beep", UNSET)

        start_conference_on_enter = d.pop("StartConferenceOnEnter", UNSET)

        end_conference_on_exit = d.pop("EndConferenceOnExit", UNSET)

        wait_url = d.pop("WaitUrl", UNSET)

        _wait_method = d.pop("WaitMethod", UNSET)
        wait_method: UpdateWorkerReservationRequestWaitMethod | Unset
        if isinstance(_wait_method, Unset):
            wait_method = UNSET
        else:
            wait_method = check_update_worker_reservation_request_wait_method(_wait_method)

        early_media = d.pop("EarlyMedia", UNSET)

        max_participants = d.pop("MaxParticipants", UNSET)

        conference_status_callback = d.pop("ConferenceStatusCallback", UNSET)

        _conference_status_callback_method = d.pop("ConferenceStatusCallbackMethod", UNSET)
        conference_status_callback_method: UpdateWorkerReservationRequestConferenceStatusCallbackMethod | Unset
        if isinstance(_conference_status_callback_method, Unset):
            conference_status_callback_method = UNSET
        else:
            conference_status_callback_method = (
                check_update_worker_reservation_request_conference_status_callback_method(
                    _conference_status_callback_method
                )
            )

        _conference_status_callback_event = d.pop("ConferenceStatusCallbackEvent", UNSET)
        conference_status_callback_event: list[WorkerReservationConferenceEvent] | Unset = UNSET
        if _conference_status_callback_event is not UNSET:
            conference_status_callback_event = []
            for conference_status_callback_event_item_data in _conference_status_callback_event:
                conference_status_callback_event_item = check_worker_reservation_conference_event(
                    conference_status_callback_event_item_data
                )

                conference_status_callback_event.append(conference_status_callback_event_item)

        conference_record = d.pop("ConferenceRecord", UNSET)

        conference_trim = d.pop("ConferenceTrim", UNSET)

        recording_channels = d.pop("RecordingChannels", UNSET)

        recording_status_callback = d.pop("RecordingStatusCallback", UNSET)

        _recording_status_callback_method = d.pop("RecordingStatusCallbackMethod", UNSET)
        recording_status_callback_method: UpdateWorkerReservationRequestRecordingStatusCallbackMethod | Unset
        if isinstance(_recording_status_callback_method, Unset):
            recording_status_callback_method = UNSET
        else:
            recording_status_callback_method = check_update_worker_reservation_request_recording_status_callback_method(
                _recording_status_callback_method
            )

        conference_recording_status_callback = d.pop("ConferenceRecordingStatusCallback", UNSET)

        _conference_recording_status_callback_method = d.pop("ConferenceRecordingStatusCallbackMethod", UNSET)
        conference_recording_status_callback_method: (
            UpdateWorkerReservationRequestConferenceRecordingStatusCallbackMethod | Unset
        )
        if isinstance(_conference_recording_status_callback_method, Unset):
            conference_recording_status_callback_method = UNSET
        else:
            conference_recording_status_callback_method = (
                check_update_worker_reservation_request_conference_recording_status_callback_method(
                    _conference_recording_status_callback_method
                )
            )

        region = d.pop("Region", UNSET)

        sip_auth_username = d.pop("SipAuthUsername", UNSET)

        sip_auth_password = d.pop("SipAuthPassword", UNSET)

        dequeue_status_callback_event: list[Any] = d.pop("DequeueStatusCallbackEvent", UNSET)

        post_work_activity_sid = d.pop("PostWorkActivitySid", UNSET)

        end_conference_on_customer_exit = d.pop("EndConferenceOnCustomerExit", UNSET)

        beep_on_customer_entrance = d.pop("BeepOnCustomerEntrance", UNSET)

        jitter_buffer_size = d.pop("JitterBufferSize", UNSET)

        update_worker_reservation_request = cls(
            reservation_status=reservation_status,
            worker_activity_sid=worker_activity_sid,
            instruction=instruction,
            dequeue_post_work_activity_sid=dequeue_post_work_activity_sid,
            dequeue_from=dequeue_from,
            dequeue_record=dequeue_record,
            dequeue_timeout=dequeue_timeout,
            dequeue_to=dequeue_to,
            dequeue_status_callback_url=dequeue_status_callback_url,
            call_from=call_from,
            call_record=call_record,
            call_timeout=call_timeout,
            call_to=call_to,
            call_url=call_url,
            call_status_callback_url=call_status_callback_url,
            call_accept=call_accept,
            redirect_call_sid=redirect_call_sid,
            redirect_accept=redirect_accept,
            redirect_url=redirect_url,
            to=to,
            from_=from_,
            status_callback=status_callback,
            status_callback_method=status_callback_method,
            status_callback_event=status_callback_event,
            timeout=timeout,
            record=record,
            muted=muted,
            beep=beep,
            start_conference_on_enter=start_conference_on_enter,
            end_conference_on_exit=end_conference_on_exit,
            wait_url=wait_url,
            wait_method=wait_method,
            early_media=early_media,
            max_participants=max_participants,
            conference_status_callback=conference_status_callback,
            conference_status_callback_method=conference_status_callback_method,
            conference_status_callback_event=conference_status_callback_event,
            conference_record=conference_record,
            conference_trim=conference_trim,
            recording_channels=recording_channels,
            recording_status_callback=recording_status_callback,
            recording_status_callback_method=recording_status_callback_method,
            conference_recording_status_callback=conference_recording_status_callback,
            conference_recording_status_callback_method=conference_recording_status_callback_method,
            region=region,
            sip_auth_username=sip_auth_username,
            sip_auth_password=sip_auth_password,
            dequeue_status_callback_event=dequeue_status_callback_event,
            post_work_activity_sid=post_work_activity_sid,
            end_conference_on_customer_exit=end_conference_on_customer_exit,
            beep_on_customer_entrance=beep_on_customer_entrance,
            jitter_buffer_size=jitter_buffer_size,
        )

        update_worker_reservation_request.additional_properties = d
        return update_worker_reservation_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
