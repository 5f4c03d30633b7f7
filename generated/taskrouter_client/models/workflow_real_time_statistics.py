from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.statistics_object import StatisticsObject


T = TypeVar("T", bound="WorkflowRealTimeStatistics")


@_attrs_define
class WorkflowRealTimeStatistics:
    """A Workflow's Tasks as they are now."""

    account_sid: None | str
    """ The Account that owns the Workflow. """
    longest_task_waiting_age: int
    """ The age in seconds of the Task that has waited longest. """
    longest_task_waiting_sid: None | str
    """ The Task that has waited longest. """
    tasks_by_priority: None | StatisticsObject
    """ Task counts by priority. """
    tasks_by_status: None | StatisticsObject
    """ Task counts by status (pending, reserved, assigned, wrapping). """
    total_tasks: int
    """ How many Tasks the Workflow holds. """
    workflow_sid: None | str
    """ The Workflow. """
    workspace_sid: None | str
    """ The Workspace that holds the Workflow. """
    url: None | str
    """ This resource. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.statistics_object import StatisticsObject  # noqa: PLC0415

        account_sid: None | str
        account_sid = self.account_sid

        longest_task_waiting_age = self.longest_task_waiting_age

        longest_task_waiting_sid: None | str
        longest_task_waiting_sid = self.longest_task_waiting_sid

        tasks_by_priority: dict[str, Any] | None
        if isinstance(self.tasks_by_priority, StatisticsObject):
            tasks_by_priority = self.tasks_by_priority.to_dict()
        else:
            tasks_by_priority = self.tasks_by_priority

        tasks_by_status: dict[str, Any] | None
        if isinstance(self.tasks_by_status, StatisticsObject):
            tasks_by_status = self.tasks_by_status.to_dict()
        else:
            tasks_by_status = self.tasks_by_status

        total_tasks = self.total_tasks

        workflow_sid: None | str
        workflow_sid = self.workflow_sid

        workspace_sid: None | str
        workspace_sid = self.workspace_sid

        url: None | str
        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_sid": account_sid,
                "longest_task_waiting_age": longest_task_waiting_age,
                "longest_task_waiting_sid": longest_task_waiting_sid,
                "tasks_by_priority": tasks_by_priority,
                "tasks_by_status": tasks_by_status,
                "total_tasks": total_tasks,
                "workflow_sid": workflow_sid,
                "workspace_sid": workspace_sid,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.statistics_object import StatisticsObject  # noqa: PLC0415

        d = dict(src_dict)
        account_sid: None | str = d.pop("account_sid")

        longest_task_waiting_age = d.pop("longest_task_waiting_age")

        longest_task_waiting_sid: None | str = d.pop("longest_task_waiting_sid")

        def _parse_tasks_by_priority(data: object) -> None | StatisticsObject:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tasks_by_priority_type_0 = StatisticsObject.from_dict(data)

                return tasks_by_priority_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StatisticsObject, data)

        tasks_by_priority = _parse_tasks_by_priority(d.pop("tasks_by_priority"))

        def _parse_tasks_by_status(data: object) -> None | StatisticsObject:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tasks_by_status_type_0 = StatisticsObject.from_dict(data)

                return tasks_by_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StatisticsObject, data)

        tasks_by_status = _parse_tasks_by_status(d.pop("tasks_by_status"))

        total_tasks = d.pop("total_tasks")

        workflow_sid: None | str = d.pop("workflow_sid")

        workspace_sid: None | str = d.pop("workspace_sid")

        url: None | str = d.pop("url")

        workflow_real_time_statistics = cls(
            account_sid=account_sid,
            longest_task_waiting_age=longest_task_waiting_age,
            longest_task_waiting_sid=longest_task_waiting_sid,
            tasks_by_priority=tasks_by_priority,
            tasks_by_status=tasks_by_status,
            total_tasks=total_tasks,
            workflow_sid=workflow_sid,
            workspace_sid=workspace_sid,
            url=url,
        )

        workflow_real_time_statistics.additional_properties = d
        return workflow_real_time_statistics

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
