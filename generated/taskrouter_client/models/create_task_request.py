from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateTaskRequest")


@_attrs_define
class CreateTaskRequest:
    timeout: int | Unset = UNSET
    """ The amount of time in seconds the new task can live before being assigned. Can be up to a maximum of 2 weeks
    (1,209,600 seconds). The default value is 24 hours (86,400 seconds). On timeout, the `task.canceled` event will
    fire with description `Task TTL Exceeded`. """
    priority: int | Unset = UNSET
    """ The priority to assign the new task and override the default. When supplied, the new Task will have this
    priority unless it matches a Workflow Target with a Priority set. When not supplied, the new Task will have the
    priority of the matching Workflow Target. Value can be 0 to 2^31^ (2,147,483,647). """
    task_channel: str | Unset = UNSET
    """ When MultiTasking is enabled, specify the TaskChannel by passing either its `unique_name` or `sid`. Default
    value is `default`. """
    workflow_sid: str | Unset = UNSET
    """ The SID of the Workflow that you would like to handle routing for the new Task. If there is only one
    Workflow defined for the Workspace that you are posting the new task to, this parameter is optional. """
    attributes: str | Unset = UNSET
    """ A JSON string with the attributes of the new task. This value is passed to the Workflow's
    `assignment_callback_url` when the Task is assigned to a Worker. For example: `{ "task_type": "call",
    "twilio_call_sid": "CAxxx", "customer_ticket_number": "12345" }`. """
    virtual_start_time: datetime.datetime | Unset = UNSET
    """ The virtual start time to assign the new task and override the default. When supplied, the new task will
    have this virtual start time. When not supplied, the new task will have the virtual start time equal to
    `date_created`. Value can't be in the future or before the year of 1900. """
    routing_target: str | Unset = UNSET
    """ A SID of a Worker, Queue, or Workflow to route a Task to """
    ignore_capacity: str | Unset = UNSET
    """ A boolean that indicates if the Task should respect a Worker's capacity and availability during assignment.
    This field can only be used when the `RoutingTarget` field is set to a Worker SID. By setting `IgnoreCapacity`
    to a value of `true`, `1`, or `yes`, the Task will be routed to the Worker without respecting their capacity and
    availability. Any other value will enforce the Worker's capacity and availability. The default value of
    `IgnoreCapacity` is `true` when the `RoutingTarget` is set to a Worker SID.  """
    task_queue_sid: str | Unset = UNSET
    """ The SID of the TaskQueue in which the Task belongs """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timeout = self.timeout

        priority = self.priority

        task_channel = self.task_channel

        workflow_sid = self.workflow_sid

        attributes = self.attributes

        virtual_start_time: str | Unset = UNSET
        if not isinstance(self.virtual_start_time, Unset):
            virtual_start_time = self.virtual_start_time.isoformat()

        routing_target = self.routing_target

        ignore_capacity = self.ignore_capacity

        task_queue_sid = self.task_queue_sid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if timeout is not UNSET:
            field_dict["Timeout"] = timeout
        if priority is not UNSET:
            field_dict["Priority"] = priority
        if task_channel is not UNSET:
            field_dict["TaskChannel"] = task_channel
        if workflow_sid is not UNSET:
            field_dict["WorkflowSid"] = workflow_sid
        if attributes is not UNSET:
            field_dict["Attributes"] = attributes
        if virtual_start_time is not UNSET:
            field_dict["VirtualStartTime"] = virtual_start_time
        if routing_target is not UNSET:
            field_dict["RoutingTarget"] = routing_target
        if ignore_capacity is not UNSET:
            field_dict["IgnoreCapacity"] = ignore_capacity
        if task_queue_sid is not UNSET:
            field_dict["TaskQueueSid"] = task_queue_sid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        timeout = d.pop("Timeout", UNSET)

        priority = d.pop("Priority", UNSET)

        task_channel = d.pop("TaskChannel", UNSET)

        workflow_sid = d.pop("WorkflowSid", UNSET)

        attributes = d.pop("Attributes", UNSET)

        _virtual_start_time = d.pop("VirtualStartTime", UNSET)
        virtual_start_time: datetime.datetime | Unset
        if isinstance(_virtual_start_time, Unset):
            virtual_start_time = UNSET
        else:
            virtual_start_time = datetime.datetime.fromisoformat(_virtual_start_time)

        routing_target = d.pop("RoutingTarget", UNSET)

        ignore_capacity = d.pop("IgnoreCapacity", UNSET)

        task_queue_sid = d.pop("TaskQueueSid", UNSET)

        create_task_request = cls(
            timeout=timeout,
            priority=priority,
            task_channel=task_channel,
            workflow_sid=workflow_sid,
            attributes=attributes,
            virtual_start_time=virtual_start_time,
            routing_target=routing_target,
            ignore_capacity=ignore_capacity,
            task_queue_sid=task_queue_sid,
        )

        create_task_request.additional_properties = d
        return create_task_request

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
