from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.default_filter import DefaultFilter
    from ..models.workflow_filter import WorkflowFilter


T = TypeVar("T", bound="TaskRouting")


@_attrs_define
class TaskRouting:
    """The filters, evaluated top to bottom: a Task follows the targets of the first filter its attributes match, else the
    default filter.

    """

    default_filter: DefaultFilter
    """ Where a Task that matches no filter goes. """
    filters: list[WorkflowFilter] | Unset = UNSET
    """ The filters, in the order they are evaluated. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        default_filter = self.default_filter.to_dict()

        filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = []
            for filters_item_data in self.filters:
                filters_item = filters_item_data.to_dict()
                filters.append(filters_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "default_filter": default_filter,
            }
        )
        if filters is not UNSET:
            field_dict["filters"] = filters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.default_filter import DefaultFilter  # noqa: PLC0415
        from ..models.workflow_filter import WorkflowFilter  # noqa: PLC0415

        d = dict(src_dict)
        default_filter = DefaultFilter.from_dict(d.pop("default_filter"))

        _filters = d.pop("filters", UNSET)
        filters: list[WorkflowFilter] | Unset = UNSET
        if _filters is not UNSET:
            filters = []
            for filters_item_data in _filters:
                filters_item = WorkflowFilter.from_dict(filters_item_data)

                filters.append(filters_item)

        task_routing = cls(
            default_filter=default_filter,
            filters=filters,
        )

        task_routing.additional_properties = d
        return task_routing

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
