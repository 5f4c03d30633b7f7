from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateWorkerChannelRequest")


@_attrs_define
class UpdateWorkerChannelRequest:
    capacity: int | Unset = UNSET
    """ The total number of Tasks that the Worker should handle for the TaskChannel type. TaskRouter creates
    reservations for Tasks of this TaskChannel type up to the specified capacity. If the capacity is 0, no new
    reservations will be created. """
    available: bool | Unset = UNSET
    """ Whether the WorkerChannel is available. Set to `false` to prevent the Worker from receiving any new Tasks of
    this TaskChannel type. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        capacity = self.capacity

        available = self.available

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if capacity is not UNSET:
            field_dict["Capacity"] = capacity
        if available is not UNSET:
            field_dict["Available"] = available

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        capacity = d.pop("Capacity", UNSET)

        available = d.pop("Available", UNSET)

        update_worker_channel_request = cls(
            capacity=capacity,
            available=available,
        )

        update_worker_channel_request.additional_properties = d
        return update_worker_channel_request

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
