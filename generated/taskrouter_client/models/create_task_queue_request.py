from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_queue_task_order import TaskQueueTaskOrder, check_task_queue_task_order
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateTaskQueueRequest")


@_attrs_define
class CreateTaskQueueRequest:
    friendly_name: str
    """ A descriptive string that you create to describe the TaskQueue. For example `Support-Tier 1`, `Sales`, or
    `Escalation`. """
    target_workers: str | Unset = UNSET
    """ A string that describes the Worker selection criteria for any Tasks that enter the TaskQueue. For example,
    `'"language" == "spanish"'`. The default value is `1==1`. If this value is empty, Tasks will wait in the
    TaskQueue until they are deleted or moved to another TaskQueue. For more information about Worker selection, see
    [Describing Worker selection criteria](https://www.twilio.com/docs/taskrouter/api/taskqueues#target-workers).
    """
    max_reserved_workers: int | Unset = UNSET
    """ The maximum number of Workers to reserve for the assignment of a Task in the queue. Can be an integer
    between 1 and 50, inclusive and defaults to 1. """
    task_order: TaskQueueTaskOrder | Unset = UNSET
    """ How Tasks will be assigned to Workers. Set this parameter to `LIFO` to assign most recently created Task
    first or `FIFO` to assign the oldest Task. Default is FIFO. [Click
    here](https://www.twilio.com/docs/taskrouter/queue-ordering-last-first-out-lifo) to learn more. """
    reservation_activity_sid: str | Unset = UNSET
    """ The SID of the Activity to assign Workers when a task is reserved for them. """
    assignment_activity_sid: str | Unset = UNSET
    """ The SID of the Activity to assign Workers when a task is assigned to them. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        friendly_name = self.friendly_name

        target_workers = self.target_workers

        max_reserved_workers = self.max_reserved_workers

        task_order: str | Unset = UNSET
        if not isinstance(self.task_order, Unset):
            task_order = self.task_order

        reservation_activity_sid = self.reservation_activity_sid

        assignment_activity_sid = self.assignment_activity_sid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "FriendlyName": friendly_name,
            }
        )
        if target_workers is not UNSET:
            field_dict["TargetWorkers"] = target_workers
        if max_reserved_workers is not UNSET:
            field_dict["MaxReservedWorkers"] = max_reserved_workers
        if task_order is not UNSET:
            field_dict["TaskOrder"] = task_order
        if reservation_activity_sid is not UNSET:
            field_dict["ReservationActivitySid"] = reservation_activity_sid
        if assignment_activity_sid is not UNSET:
            field_dict["AssignmentActivitySid"] = assignment_activity_sid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        friendly_name = d.pop("FriendlyName")

        target_workers = d.pop("TargetWorkers", UNSET)

        max_reserved_workers = d.pop("MaxReservedWorkers", UNSET)

        _task_order = d.pop("TaskOrder", UNSET)
        task_order: TaskQueueTaskOrder | Unset
        if isinstance(_task_order, Unset):
            task_order = UNSET
        else:
            task_order = check_task_queue_task_order(_task_order)

        reservation_activity_sid = d.pop("ReservationActivitySid", UNSET)

        assignment_activity_sid = d.pop("AssignmentActivitySid", UNSET)

        create_task_queue_request = cls(
            friendly_name=friendly_name,
            target_workers=target_workers,
            max_reserved_workers=max_reserved_workers,
            task_order=task_order,
            reservation_activity_sid=reservation_activity_sid,
            assignment_activity_sid=assignment_activity_sid,
        )

        create_task_queue_request.additional_properties = d
        return create_task_queue_request

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
