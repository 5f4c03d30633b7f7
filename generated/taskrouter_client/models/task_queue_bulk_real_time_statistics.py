from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskQueueBulkRealTimeStatistics")


@_attrs_define
class TaskQueueBulkRealTimeStatistics:
    account_sid: str
    """ The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the TaskQueue resource.
    """
    workspace_sid: str
    """ The SID of the Workspace that contains the TaskQueue. """
    url: str
    """ The absolute URL of the TaskQueue statistics resource. """
    task_queue_data: list[Any] | None | Unset = UNSET
    """ The real-time statistics for each requested TaskQueue SID. `task_queue_data` returns the following
    attributes:

    `task_queue_sid`: The SID of the TaskQueue from which these statistics were calculated.

    `total_available_workers`: The total number of Workers available for Tasks in the TaskQueue.

    `total_eligible_workers`: The total number of Workers eligible for Tasks in the TaskQueue, regardless of their
    Activity state.

    `total_tasks`: The total number of Tasks.

    `longest_task_waiting_age`: The age of the longest waiting Task.

    `longest_task_waiting_sid`: The SID of the longest waiting Task.

    `tasks_by_status`: The number of Tasks grouped by their current status.

    `tasks_by_priority`: The number of Tasks grouped by priority.

    `activity_statistics`: The number of current Workers grouped by Activity.
     """
    task_queue_response_count: int | Unset = 0
    """ The number of TaskQueue statistics received in task_queue_data. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_sid = self.account_sid

        workspace_sid = self.workspace_sid

        url = self.url

        task_queue_data: list[Any] | None | Unset
        if isinstance(self.task_queue_data, Unset):
            task_queue_data = UNSET
        elif isinstance(self.task_queue_data, list):
            task_queue_data = self.task_queue_data

        else:
            task_queue_data = self.task_queue_data

        task_queue_response_count = self.task_queue_response_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_sid": account_sid,
                "workspace_sid": workspace_sid,
                "url": url,
            }
        )
        if task_queue_data is not UNSET:
            field_dict["task_queue_data"] = task_queue_data
        if task_queue_response_count is not UNSET:
            field_dict["task_queue_response_count"] = task_queue_response_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_sid = d.pop("account_sid")

        workspace_sid = d.pop("workspace_sid")

        url = d.pop("url")

        def _parse_task_queue_data(data: object) -> list[Any] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                task_queue_data_type_0: list[Any] = data

                return task_queue_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | Unset, data)

        task_queue_data = _parse_task_queue_data(d.pop("task_queue_data", UNSET))

        task_queue_response_count = d.pop("task_queue_response_count", UNSET)

        task_queue_bulk_real_time_statistics = cls(
            account_sid=account_sid,
            workspace_sid=workspace_sid,
            url=url,
            task_queue_data=task_queue_data,
            task_queue_response_count=task_queue_response_count,
        )

        task_queue_bulk_real_time_statistics.additional_properties = d
        return task_queue_bulk_real_time_statistics

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
