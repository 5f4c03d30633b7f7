from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateTaskChannelRequest")


@_attrs_define
class CreateTaskChannelRequest:
    friendly_name: str
    """ A descriptive string that you create to describe the Task Channel. It can be up to 64 characters long. """
    unique_name: str
    """ An application-defined string that uniquely identifies the Task Channel, such as `voice` or `sms`. """
    channel_optimized_routing: bool | Unset = UNSET
    """ Whether the Task Channel should prioritize Workers that have been idle. If `true`, Workers that have been
    idle the longest are prioritized. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        friendly_name = self.friendly_name

        unique_name = self.unique_name

        channel_optimized_routing = self.channel_optimized_routing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "FriendlyName": friendly_name,
                "UniqueName": unique_name,
            }
        )
        if channel_optimized_routing is not UNSET:
            field_dict["ChannelOptimizedRouting"] = channel_optimized_routing

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        friendly_name = d.pop("FriendlyName")

        unique_name = d.pop("UniqueName")

        channel_optimized_routing = d.pop("ChannelOptimizedRouting", UNSET)

        create_task_channel_request = cls(
            friendly_name=friendly_name,
            unique_name=unique_name,
            channel_optimized_routing=channel_optimized_routing,
        )

        create_task_channel_request.additional_properties = d
        return create_task_channel_request

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
