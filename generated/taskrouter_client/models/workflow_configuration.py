from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.task_routing import TaskRouting


T = TypeVar("T", bound="WorkflowConfiguration")


@_attrs_define
class WorkflowConfiguration:
    """A Workflow's routing rules. Keys the API adds later are kept (and sent back unchanged)."""

    task_routing: TaskRouting
    """ The filters, evaluated top to bottom: a Task follows the targets of the first filter its attributes match,
    else the default filter. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_routing = self.task_routing.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task_routing": task_routing,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.task_routing import TaskRouting  # noqa: PLC0415

        d = dict(src_dict)
        task_routing = TaskRouting.from_dict(d.pop("task_routing"))

        workflow_configuration = cls(
            task_routing=task_routing,
        )

        workflow_configuration.additional_properties = d
        return workflow_configuration

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
