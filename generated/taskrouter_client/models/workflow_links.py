from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowLinks")


@_attrs_define
class WorkflowLinks:
    """URLs of resources related to a Workflow; the API may add keys."""

    statistics: str | Unset = UNSET
    """ The Workflow's statistics. """
    real_time_statistics: str | Unset = UNSET
    """ The Workflow's real-time statistics. """
    cumulative_statistics: str | Unset = UNSET
    """ The Workflow's cumulative statistics. """
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        statistics = self.statistics

        real_time_statistics = self.real_time_statistics

        cumulative_statistics = self.cumulative_statistics

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if statistics is not UNSET:
            field_dict["statistics"] = statistics
        if real_time_statistics is not UNSET:
            field_dict["real_time_statistics"] = real_time_statistics
        if cumulative_statistics is not UNSET:
            field_dict["cumulative_statistics"] = cumulative_statistics

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        statistics = d.pop("statistics", UNSET)

        real_time_statistics = d.pop("real_time_statistics", UNSET)

        cumulative_statistics = d.pop("cumulative_statistics", UNSET)

        workflow_links = cls(
            statistics=statistics,
            real_time_statistics=real_time_statistics,
            cumulative_statistics=cumulative_statistics,
        )

        workflow_links.additional_properties = d
        return workflow_links

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
