from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowTarget")


@_attrs_define
class WorkflowTarget:
    """A routing step: a TaskQueue, the Workers in it that qualify, and how long the Task waits there. Names one known
    Worker by known_worker_sid or known_worker_friendly_name, never both.

    """

    queue: str
    """ The SID of a TaskQueue. """
    expression: str | Unset = UNSET
    """ The condition a Worker of the queue must meet, e.g. `worker.skills HAS 'en'`. """
    priority: int | Unset = UNSET
    """ The priority the Task gets in this step; higher is served first. """
    timeout: int | Unset = UNSET
    """ Seconds the Task waits in this step before it moves to the next. """
    order_by: str | Unset = UNSET
    """ The order in which qualifying Workers are reserved, e.g. `worker.level DESC`. """
    skip_if: str | Unset = UNSET
    """ A condition on the queue's Workers that skips the step, e.g. `workers.available == 0`. """
    known_worker_sid: str | Unset = UNSET
    """ An expression giving the SID of the one Worker to target, e.g. `task.agent_sid`. """
    known_worker_friendly_name: str | Unset = UNSET
    """ An expression giving the friendly name of the one Worker to target. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        queue = self.queue

        expression = self.expression

        priority = self.priority

        timeout = self.timeout

        order_by = self.order_by

        skip_if = self.skip_if

        known_worker_sid = self.known_worker_sid

        known_worker_friendly_name = self.known_worker_friendly_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "queue": queue,
            }
        )
        if expression is not UNSET:
            field_dict["expression"] = expression
        if priority is not UNSET:
            field_dict["priority"] = priority
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if order_by is not UNSET:
            field_dict["order_by"] = order_by
        if skip_if is not UNSET:
            field_dict["skip_if"] = skip_if
        if known_worker_sid is not UNSET:
            field_dict["known_worker_sid"] = known_worker_sid
        if known_worker_friendly_name is not UNSET:
            field_dict["known_worker_friendly_name"] = known_worker_friendly_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        queue = d.pop("queue")

        expression = d.pop("expression", UNSET)

        priority = d.pop("priority", UNSET)

        timeout = d.pop("timeout", UNSET)

        order_by = d.pop("order_by", UNSET)

        skip_if = d.pop("skip_if", UNSET)

        known_worker_sid = d.pop("known_worker_sid", UNSET)

        known_worker_friendly_name = d.pop("known_worker_friendly_name", UNSET)

        workflow_target = cls(
            queue=queue,
            expression=expression,
            priority=priority,
            timeout=timeout,
            order_by=order_by,
            skip_if=skip_if,
            known_worker_sid=known_worker_sid,
            known_worker_friendly_name=known_worker_friendly_name,
        )

        workflow_target.additional_properties = d
        return workflow_target

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
