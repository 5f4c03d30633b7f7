from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_queue_task_order import TaskQueueTaskOrder, check_task_queue_task_order
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateTaskQueueRequest")


@_attrs_define
class UpdateTaskQueueRequest:
    friendly_name: str | Unset = UNSET
    """ A descriptive string that you create to describe the TaskQueue. For example `Support-Tier 1`, `Sales`, or
    `Escalation`. """
    target_workers: str | Unset = UNSET
    """ A string describing the Worker selection criteria for any Tasks that enter the TaskQueue. For example
    '"language" == "spanish"' If no TargetWorkers parameter is provided, Tasks will wait in the queue until they are
    either deleted or moved to another queue. Additional examples on how to describing Worker selection criteria
    below. """
    reservation_activity_sid: str | Unset = UNSET
    """ The SID of the Activity to assign Workers when a task is reserved for them. """
    assignment_activity_sid: str | Unset = UNSET
    """ The SID of the Activity to assign Workers when a task is assigned for them. """
    max_reserved_workers: int | Unset = UNSET
    """ The maximum number of Workers to create reservations for the assignment of a task while in the queue.
    Maximum of 50. """
    task_order: TaskQueueTaskOrder | Unset = UNSET
    """ How Tasks will be assigned to Workers. Set this parameter to `LIFO` to assign most recently created Task
    first or `FIFO` to assign the oldest Task. Default is FIFO. [Click
    here](https://www.twilio.com/docs/taskrouter/queue-ordering-last-first-out-lifo) to learn more. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        friendly_name = self.friendly_name

        target_workers = self.target_workers

        reservation_activity_sid = self.reservation_activity_sid

        assignment_activity_sid = self.assignment_activity_sid

        max_reserved_workers = self.max_reserved_workers

        task_order: str | Unset = UNSET
        if not isinstance(self.task_order, Unset):
            task_order = self.task_order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if friendly_name is not UNSET:
            field_dict["FriendlyName"] = friendly_name
        if target_workers is not UNSET:
            field_dict["TargetWorkers"] = target_workers
        if reservation_activity_sid is not UNSET:
            field_dict["ReservationActivitySid"] = reservation_activity_sid
        if assignment_activity_sid is not UNSET:
            field_dict["AssignmentActivitySid"] = assignment_activity_sid
        if max_reserved_workers is not UNSET:
            field_dict["MaxReservedWorkers"] = max_reserved_workers
        if task_order is not UNSET:
            field_dict["TaskOrder"] = task_order

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        friendly_name = d.pop("FriendlyName", UNSET)

        target_workers = d.pop("TargetWorkers", UNSET)

        reservation_activity_sid = d.pop("ReservationActivitySid", UNSET)

        assignment_activity_sid = d.pop("AssignmentActivitySid", UNSET)

        max_reserved_workers = d.pop("MaxReservedWorkers", UNSET)

        _task_order = d.pop("TaskOrder", UNSET)
        task_order: TaskQueueTaskOrder | Unset
        if isinstance(_task_order, Unset):
            task_order = UNSET
        else:
            task_order = check_task_queue_task_order(_task_order)

        update_task_queue_request = cls(
            friendly_name=friendly_name,
            target_workers=target_workers,
            reservation_activity_sid=reservation_activity_sid,
            assignment_activity_sid=assignment_activity_sid,
            max_reserved_workers=max_reserved_workers,
            task_order=task_order,
        )

        update_task_queue_request.additional_properties = d
        return update_task_queue_request

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
