from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskQueueRealTimeStatistics")


@_attrs_define
class TaskQueueRealTimeStatistics:
    account_sid: str
    """ The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the TaskQueue resource.
    """
    workspace_sid: str
    """ The SID of the Workspace that contains the TaskQueue. """
    url: str
    """ The absolute URL of the TaskQueue statistics resource. """
    activity_statistics: list[Any] | None | Unset = UNSET
    """ The number of current Workers by Activity. """
    longest_task_waiting_age: int | Unset = 0
    """ The age of the longest waiting Task. """
    longest_task_waiting_sid: None | str | Unset = UNSET
    """ The SID of the longest waiting Task. """
    longest_relative_task_age_in_queue: int | Unset = 0
    """ The relative age in the TaskQueue for the longest waiting Task. Calculation is based on the time when the
    Task entered the TaskQueue. """
    longest_relative_task_sid_in_queue: None | str | Unset = UNSET
    """ The Task SID of the Task waiting in the TaskQueue the longest. Calculation is based on the time when the
    Task entered the TaskQueue. """
    task_queue_sid: None | str | Unset = UNSET
    """ The SID of the TaskQueue from which these statistics were calculated. """
    tasks_by_priority: Any | Unset = UNSET
    """ The number of Tasks by priority. For example: `{"0": "10", "99": "5"}` shows 10 Tasks at priority 0 and 5 at
    priority 99. """
    tasks_by_status: Any | Unset = UNSET
    """ The number of Tasks by their current status. For example: `{"pending": "1", "reserved": "3", "assigned":
    "2", "completed": "5"}`. """
    total_available_workers: int | Unset = 0
    """ The total number of Workers in the TaskQueue with an `available` status. Workers with an `available` status
    may already have active interactions or may have none. """
    total_eligible_workers: int | Unset = 0
    """ The total number of Workers eligible for Tasks in the TaskQueue, independent of their Activity state. """
    total_tasks: int | Unset = 0
    """ The total number of Tasks. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_sid = self.account_sid

        workspace_sid = self.workspace_sid

        url = self.url

        activity_statistics: list[Any] | None | Unset
        if isinstance(self.activity_statistics, Unset):
            activity_statistics = UNSET
        elif isinstance(self.activity_statistics, list):
            activity_statistics = self.activity_statistics

        else:
            activity_statistics = self.activity_statistics

        longest_task_waiting_age = self.longest_task_waiting_age

        longest_task_waiting_sid: None | str | Unset
        if isinstance(self.longest_task_waiting_sid, Unset):
            longest_task_waiting_sid = UNSET
        else:
            longest_task_waiting_sid = self.longest_task_waiting_sid

        longest_relative_task_age_in_queue = self.longest_relative_task_age_in_queue

        longest_relative_task_sid_in_queue: None | str | Unset
        if isinstance(self.longest_relative_task_sid_in_queue, Unset):
            longest_relative_task_sid_in_queue = UNSET
        else:
            longest_relative_task_sid_in_queue = self.longest_relative_task_sid_in_queue

        task_queue_sid: None | str | Unset
        if isinstance(self.task_queue_sid, Unset):
            task_queue_sid = UNSET
        else:
            task_queue_sid = self.task_queue_sid

        tasks_by_priority = self.tasks_by_priority

        tasks_by_status = self.tasks_by_status

        total_available_workers = self.total_available_workers

        total_eligible_workers = self.total_eligible_workers

        total_tasks = self.total_tasks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_sid": account_sid,
                "workspace_sid": workspace_sid,
                "url": url,
            }
        )
        if activity_statistics is not UNSET:
            field_dict["activity_statistics"] = activity_statistics
        if longest_task_waiting_age is not UNSET:
            field_dict["longest_task_waiting_age"] = longest_task_waiting_age
        if longest_task_waiting_sid is not UNSET:
            field_dict["longest_task_waiting_sid"] = longest_task_waiting_sid
        if longest_relative_task_age_in_queue is not UNSET:
            field_dict["longest_relative_task_age_in_queue"] = longest_relative_task_age_in_queue
        if longest_relative_task_sid_in_queue is not UNSET:
            field_dict["longest_relative_task_sid_in_queue"] = longest_relative_task_sid_in_queue
        if task_queue_sid is not UNSET:
            field_dict["task_queue_sid"] = task_queue_sid
        if tasks_by_priority is not UNSET:
            field_dict["tasks_by_priority"] = tasks_by_priority
        if tasks_by_status is not UNSET:
            field_dict["tasks_by_status"] = tasks_by_status
        if total_available_workers is not UNSET:
            field_dict["total_available_workers"] = total_available_workers
        if total_eligible_workers is not UNSET:
            field_dict["total_eligible_workers"] = total_eligible_workers
        if total_tasks is not UNSET:
            field_dict["total_tasks"] = total_tasks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_sid = d.pop("account_sid")

        workspace_sid = d.pop("workspace_sid")

        url = d.pop("url")

        def _parse_activity_statistics(data: object) -> list[Any] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                activity_statistics_type_0: list[Any] = data

                return activity_statistics_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | Unset, data)

        activity_statistics = _parse_activity_statistics(d.pop("activity_statistics", UNSET))

        longest_task_waiting_age = d.pop("longest_task_waiting_age", UNSET)

        longest_task_waiting_sid: None | str | Unset = d.pop("longest_task_waiting_sid", UNSET)

        longest_relative_task_age_in_queue = d.pop("longest_relative_task_age_in_queue", UNSET)

        longest_relative_task_sid_in_queue: None | str | Unset = d.pop("longest_relative_task_sid_in_queue", UNSET)

        task_queue_sid: None | str | Unset = d.pop("task_queue_sid", UNSET)

        tasks_by_priority = d.pop("tasks_by_priority", UNSET)

        tasks_by_status = d.pop("tasks_by_status", UNSET)

        total_available_workers = d.pop("total_available_workers", UNSET)

        total_eligible_workers = d.pop("total_eligible_workers", UNSET)

        total_tasks = d.pop("total_tasks", UNSET)

        task_queue_real_time_statistics = cls(
            account_sid=account_sid,
            workspace_sid=workspace_sid,
            url=url,
            activity_statistics=activity_statistics,
            longest_task_waiting_age=longest_task_waiting_age,
            longest_task_waiting_sid=longest_task_waiting_sid,
            longest_relative_task_age_in_queue=longest_relative_task_age_in_queue,
            longest_relative_task_sid_in_queue=longest_relative_task_sid_in_queue,
            task_queue_sid=task_queue_sid,
            tasks_by_priority=tasks_by_priority,
            tasks_by_status=tasks_by_status,
            total_available_workers=total_available_workers,
            total_eligible_workers=total_eligible_workers,
            total_tasks=total_tasks,
        )

        task_queue_real_time_statistics.additional_properties = d
        return task_queue_real_time_statistics

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
