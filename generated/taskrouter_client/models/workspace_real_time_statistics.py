from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkspaceRealTimeStatistics")


@_attrs_define
class WorkspaceRealTimeStatistics:
    account_sid: str
    """ The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Workspace resource.
    """
    workspace_sid: str
    """ The SID of the Workspace. """
    url: str
    """ The absolute URL of the Workspace statistics resource. """
    activity_statistics: list[Any] | None | Unset = UNSET
    """ The number of current Workers by Activity. """
    longest_task_waiting_age: int | Unset = 0
    """ The age of the longest waiting Task. """
    longest_task_waiting_sid: None | str | Unset = UNSET
    """ The SID of the longest waiting Task. """
    tasks_by_priority: Any | Unset = UNSET
    """ The number of Tasks by priority. For example: `{"0": "10", "99": "5"}` shows 10 Tasks at priority 0 and 5 at
    priority 99. """
    tasks_by_status: Any | Unset = UNSET
    """ The number of Tasks by their current status. For example: `{"pending": "1", "reserved": "3", "assigned":
    "2", "completed": "5"}`. """
    total_tasks: int | Unset = 0
    """ The total number of Tasks. """
    total_workers: int | Unset = 0
    """ The total number of Workers in the Workspace. """
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

        tasks_by_priority = self.tasks_by_priority

        tasks_by_status = self.tasks_by_status

        total_tasks = self.total_tasks

        total_workers = self.total_workers

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
        if tasks_by_priority is not UNSET:
            field_dict["tasks_by_priority"] = tasks_by_priority
        if tasks_by_status is not UNSET:
            field_dict["tasks_by_status"] = tasks_by_status
        if total_tasks is not UNSET:
            field_dict["total_tasks"] = total_tasks
        if total_workers is not UNSET:
            field_dict["total_workers"] = total_workers

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

        tasks_by_priority = d.pop("tasks_by_priority", UNSET)

        tasks_by_status = d.pop("tasks_by_status", UNSET)

        total_tasks = d.pop("total_tasks", UNSET)

        total_workers = d.pop("total_workers", UNSET)

        workspace_real_time_statistics = cls(
            account_sid=account_sid,
            workspace_sid=workspace_sid,
            url=url,
            activity_statistics=activity_statistics,
            longest_task_waiting_age=longest_task_waiting_age,
            longest_task_waiting_sid=longest_task_waiting_sid,
            tasks_by_priority=tasks_by_priority,
            tasks_by_status=tasks_by_status,
            total_tasks=total_tasks,
            total_workers=total_workers,
        )

        workspace_real_time_statistics.additional_properties = d
        return workspace_real_time_statistics

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
