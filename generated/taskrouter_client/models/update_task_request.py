from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_status import TaskStatus, check_task_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateTaskRequest")


@_attrs_define
class UpdateTaskRequest:
    attributes: str | Unset = UNSET
    """ The JSON string that describes the custom attributes of the task. """
    assignment_status: TaskStatus | Unset = UNSET
    """ The current status of the Task's assignment. Can be: `pending`, `reserved`, `assigned`, `canceled`,
    `wrapping`, or `completed`. """
    reason: str | Unset = UNSET
    """ The reason that the Task was canceled or completed. This parameter is required only if the Task is canceled
    or completed. Setting this value queues the task for deletion and logs the reason. """
    priority: int | Unset = UNSET
    """ The Task's new priority value. When supplied, the Task takes on the specified priority unless it matches a
    Workflow Target with a Priority set. Value can be 0 to 2^31^ (2,147,483,647). """
    task_channel: str | Unset = UNSET
    """ When MultiTasking is enabled, specify the TaskChannel with the task to update. Can be the TaskChannel's SID
    or its `unique_name`, such as `voice`, `sms`, or `default`. """
    virtual_start_time: datetime.datetime | Unset = UNSET
    """ The task's new virtual start time value. When supplied, the Task takes on the specified virtual start time.
    Value can't be in the future or before the year of 1900. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attributes = self.attributes

        assignment_status: str | Unset = UNSET
        if not isinstance(self.assignment_status, Unset):
            assignment_status = self.assignment_status

        reason = self.reason

        priority = self.priority

        task_channel = self.task_channel

        virtual_start_time: str | Unset = UNSET
        if not isinstance(self.virtual_start_time, Unset):
            virtual_start_time = self.virtual_start_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attributes is not UNSET:
            field_dict["Attributes"] = attributes
        if assignment_status is not UNSET:
            field_dict["AssignmentStatus"] = assignment_status
        if reason is not UNSET:
            field_dict["Reason"] = reason
        if priority is not UNSET:
            field_dict["Priority"] = priority
        if task_channel is not UNSET:
            field_dict["TaskChannel"] = task_channel
        if virtual_start_time is not UNSET:
            field_dict["VirtualStartTime"] = virtual_start_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        attributes = d.pop("Attributes", UNSET)

        _assignment_status = d.pop("AssignmentStatus", UNSET)
        assignment_status: TaskStatus | Unset
        if isinstance(_assignment_status, Unset):
            assignment_status = UNSET
        else:
            assignment_status = check_task_status(_assignment_status)

        reason = d.pop("Reason", UNSET)

        priority = d.pop("Priority", UNSET)

        task_channel = d.pop("TaskChannel", UNSET)

        _virtual_start_time = d.pop("VirtualStartTime", UNSET)
        virtual_start_time: datetime.datetime | Unset
        if isinstance(_virtual_start_time, Unset):
            virtual_start_time = UNSET
        else:
            virtual_start_time = datetime.datetime.fromisoformat(_virtual_start_time)

        update_task_request = cls(
            attributes=attributes,
            assignment_status=assignment_status,
            reason=reason,
            priority=priority,
            task_channel=task_channel,
            virtual_start_time=virtual_start_time,
        )

        update_task_request.additional_properties = d
        return update_task_request

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
