from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskQueueCumulativeStatistics")


@_attrs_define
class TaskQueueCumulativeStatistics:
    account_sid: str
    """ The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the TaskQueue resource.
    """
    workspace_sid: str
    """ The SID of the Workspace that contains the TaskQueue. """
    url: str
    """ The absolute URL of the TaskQueue statistics resource. """
    avg_task_acceptance_time: int | Unset = 0
    """ The average time in seconds between Task creation and acceptance. """
    start_time: datetime.datetime | None | Unset = UNSET
    """ The beginning of the interval during which these statistics were calculated, in [ISO
    8601](https://en.wikipedia.org/wiki/ISO_8601) format. """
    end_time: datetime.datetime | None | Unset = UNSET
    """ The end of the interval during which these statistics were calculated, in [ISO
    8601](https://en.wikipedia.org/wiki/ISO_8601) format. """
    reservations_created: int | Unset = 0
    """ The total number of Reservations created for Tasks in the TaskQueue. """
    reservations_accepted: int | Unset = 0
    """ The total number of Reservations accepted for Tasks in the TaskQueue. """
    reservations_rejected: int | Unset = 0
    """ The total number of Reservations rejected for Tasks in the TaskQueue. """
    reservations_timed_out: int | Unset = 0
    """ The total number of Reservations that timed out for Tasks in the TaskQueue. """
    reservations_canceled: int | Unset = 0
    """ The total number of Reservations canceled for Tasks in the TaskQueue. """
    reservations_rescinded: int | Unset = 0
    """ The total number of Reservations rescinded. """
    split_by_wait_time: Any | Unset = UNSET
    """ A list of objects that describe the number of Tasks canceled and reservations accepted above and below the
    thresholds specified in seconds. """
    task_queue_sid: None | str | Unset = UNSET
    """ The SID of the TaskQueue from which these statistics were calculated. """
    wait_duration_until_accepted: Any | Unset = UNSET
    """ The wait duration statistics (`avg`, `min`, `max`, `total`) for Tasks accepted while in the TaskQueue.
    Calculation is based on the time when the Tasks were created. For transfers, the wait duration is counted from
    the moment ***the Task was created***, and not from when the transfer was initiated. """
    wait_duration_until_canceled: Any | Unset = UNSET
    """ The wait duration statistics (`avg`, `min`, `max`, `total`) for Tasks canceled while in the TaskQueue. """
    wait_duration_in_queue_until_accepted: Any | Unset = UNSET
    """ The relative wait duration statistics (`avg`, `min`, `max`, `total`) for Tasks accepted while in the
    TaskQueue. Calculation is based on the time when the Tasks entered the TaskQueue. """
    tasks_canceled: int | Unset = 0
    """ The total number of Tasks canceled in the TaskQueue. """
    tasks_completed: int | Unset = 0
    """ The total number of Tasks completed in the TaskQueue. """
    tasks_deleted: int | Unset = 0
    """ The total number of Tasks deleted in the TaskQueue. """
    tasks_entered: int | Unset = 0
    """ The total number of Tasks entered into the TaskQueue. """
    tasks_moved: int | Unset = 0
    """ The total number of Tasks that were moved from one queue to another. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_sid = self.account_sid

        workspace_sid = self.workspace_sid

        url = self.url

        avg_task_acceptance_time = self.avg_task_acceptance_time

        start_time: None | str | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        elif isinstance(self.start_time, datetime.datetime):
            start_time = self.start_time.isoformat()
        else:
            start_time = self.start_time

        end_time: None | str | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        elif isinstance(self.end_time, datetime.datetime):
            end_time = self.end_time.isoformat()
        else:
            end_time = self.end_time

        reservations_created = self.reservations_created

        reservations_accepted = self.reservations_accepted

        reservations_rejected = self.reservations_rejected

        reservations_timed_out = self.reservations_timed_out

        reservations_canceled = self.reservations_canceled

        reservations_rescinded = self.reservations_rescinded

        split_by_wait_time = self.split_by_wait_time

        task_queue_sid: None | str | Unset
        if isinstance(self.task_queue_sid, Unset):
            task_queue_sid = UNSET
        else:
            task_queue_sid = self.task_queue_sid

        wait_duration_until_accepted = self.wait_duration_until_accepted

        wait_duration_until_canceled = self.wait_duration_until_canceled

        wait_duration_in_queue_until_accepted = self.wait_duration_in_queue_until_accepted

        tasks_canceled = self.tasks_canceled

        tasks_completed = self.tasks_completed

        tasks_deleted = self.tasks_deleted

        tasks_entered = self.tasks_entered

        tasks_moved = self.tasks_moved

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_sid": account_sid,
                "workspace_sid": workspace_sid,
                "url": url,
            }
        )
        if avg_task_acceptance_time is not UNSET:
            field_dict["avg_task_acceptance_time"] = avg_task_acceptance_time
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if reservations_created is not UNSET:
            field_dict["reservations_created"] = reservations_created
        if reservations_accepted is not UNSET:
            field_dict["reservations_accepted"] = reservations_accepted
        if reservations_rejected is not UNSET:
            field_dict["reservations_rejected"] = reservations_rejected
        if reservations_timed_out is not UNSET:
            field_dict["reservations_timed_out"] = reservations_timed_out
        if reservations_canceled is not UNSET:
            field_dict["reservations_canceled"] = reservations_canceled
        if reservations_rescinded is not UNSET:
            field_dict["reservations_rescinded"] = reservations_rescinded
        if split_by_wait_time is not UNSET:
            field_dict["split_by_wait_time"] = split_by_wait_time
        if task_queue_sid is not UNSET:
            field_dict["task_queue_sid"] = task_queue_sid
        if wait_duration_until_accepted is not UNSET:
            field_dict["wait_duration_until_accepted"] = wait_duration_until_accepted
        if wait_duration_until_canceled is not UNSET:
            field_dict["wait_duration_until_canceled"] = wait_duration_until_canceled
        if wait_duration_in_queue_until_accepted is not UNSET:
            field_dict["wait_duration_in_queue_until_accepted"] = wait_duration_in_queue_until_accepted
        if tasks_canceled is not UNSET:
            field_dict["tasks_canceled"] = tasks_canceled
        if tasks_completed is not UNSET:
            field_dict["tasks_completed"] = tasks_completed
        if tasks_deleted is not UNSET:
            field_dict["tasks_deleted"] = tasks_deleted
        if tasks_entered is not UNSET:
            field_dict["tasks_entered"] = tasks_entered
        if tasks_moved is not UNSET:
            field_dict["tasks_moved"] = tasks_moved

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_sid = d.pop("account_sid")

        workspace_sid = d.pop("workspace_sid")

        url = d.pop("url")

        avg_task_acceptance_time = d.pop("avg_task_acceptance_time", UNSET)

        def _parse_start_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_time_type_0 = datetime.datetime.fromisoformat(data)

                return start_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        start_time = _parse_start_time(d.pop("start_time", UNSET))

        def _parse_end_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_time_type_0 = datetime.datetime.fromisoformat(data)

                return end_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        end_time = _parse_end_time(d.pop("end_time", UNSET))

        reservations_created = d.pop("reservations_created", UNSET)

        reservations_accepted = d.pop("reservations_accepted", UNSET)

        reservations_rejected = d.pop("reservations_rejected", UNSET)

        reservations_timed_out = d.pop("reservations_timed_out", UNSET)

        reservations_canceled = d.pop("reservations_canceled", UNSET)

        reservations_rescinded = d.pop("reservations_rescinded", UNSET)

        split_by_wait_time = d.pop("split_by_wait_time", UNSET)

        task_queue_sid: None | str | Unset = d.pop("task_queue_sid", UNSET)

        wait_duration_until_accepted = d.pop("wait_duration_until_accepted", UNSET)

        wait_duration_until_canceled = d.pop("wait_duration_until_canceled", UNSET)

        wait_duration_in_queue_until_accepted = d.pop("wait_duration_in_queue_until_accepted", UNSET)

        tasks_canceled = d.pop("tasks_canceled", UNSET)

        tasks_completed = d.pop("tasks_completed", UNSET)

        tasks_deleted = d.pop("tasks_deleted", UNSET)

        tasks_entered = d.pop("tasks_entered", UNSET)

        tasks_moved = d.pop("tasks_moved", UNSET)

        task_queue_cumulative_statistics = cls(
            account_sid=account_sid,
            workspace_sid=workspace_sid,
            url=url,
            avg_task_acceptance_time=avg_task_acceptance_time,
            start_time=start_time,
            end_time=end_time,
            reservations_created=reservations_created,
            reservations_accepted=reservations_accepted,
            reservations_rejected=reservations_rejected,
            reservations_timed_out=reservations_timed_out,
            reservations_canceled=reservations_canceled,
            reservations_rescinded=reservations_rescinded,
            split_by_wait_time=split_by_wait_time,
            task_queue_sid=task_queue_sid,
            wait_duration_until_accepted=wait_duration_until_accepted,
            wait_duration_until_canceled=wait_duration_until_canceled,
            wait_duration_in_queue_until_accepted=wait_duration_in_queue_until_accepted,
            tasks_canceled=tasks_canceled,
            tasks_completed=tasks_completed,
            tasks_deleted=tasks_deleted,
            tasks_entered=tasks_entered,
            tasks_moved=tasks_moved,
        )

        task_queue_cumulative_statistics.additional_properties = d
        return task_queue_cumulative_statistics

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
