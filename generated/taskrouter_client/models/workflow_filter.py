from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workflow_target import WorkflowTarget


T = TypeVar("T", bound="WorkflowFilter")


@_attrs_define
class WorkflowFilter:
    """A filter: the Tasks whose attributes match its expression go through its targets in order."""

    expression: str
    """ The condition on a Task's attributes, e.g. `type == 'sales'`. """
    targets: list[WorkflowTarget]
    """ The routing steps, tried in order until a Worker accepts the Task. """
    filter_friendly_name: str | Unset = UNSET
    """ A name for the filter, shown in the Console. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expression = self.expression

        targets = []
        for targets_item_data in self.targets:
            targets_item = targets_item_data.to_dict()
            targets.append(targets_item)

        filter_friendly_name = self.filter_friendly_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "expression": expression,
                "targets": targets,
            }
        )
        if filter_friendly_name is not UNSET:
            field_dict["filter_friendly_name"] = filter_friendly_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workflow_target import WorkflowTarget  # noqa: PLC0415

        d = dict(src_dict)
        expression = d.pop("expression")

        targets = []
        _targets = d.pop("targets")
        for targets_item_data in _targets:
            targets_item = WorkflowTarget.from_dict(targets_item_data)

            targets.append(targets_item)

        filter_friendly_name = d.pop("filter_friendly_name", UNSET)

        workflow_filter = cls(
            expression=expression,
            targets=targets,
            filter_friendly_name=filter_friendly_name,
        )

        workflow_filter.additional_properties = d
        return workflow_filter

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
