from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateWorkerRequest")


@_attrs_define
class CreateWorkerRequest:
    friendly_name: str
    """ A descriptive string that you create to describe the new Worker. It can be up to 64 characters long. """
    activity_sid: str | Unset = UNSET
    """ The SID of a valid Activity that will describe the new Worker's initial state. See
    [Activities](https://www.twilio.com/docs/taskrouter/api/activity) for more information. If not provided, the new
    Worker's initial state is the `default_activity_sid` configured on the Workspace. """
    attributes: str | Unset = UNSET
    """ A valid JSON string that describes the new Worker. For example: `{ "email": "Bob@example.com", "phone":
    "+5095551234" }`. This data is passed to the `assignment_callback_url` when TaskRouter assigns a Task to the
    Worker. Defaults to {}. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        friendly_name = self.friendly_name

        activity_sid = self.activity_sid

        attributes = self.attributes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "FriendlyName": friendly_name,
            }
        )
        if activity_sid is not UNSET:
            field_dict["ActivitySid"] = activity_sid
        if attributes is not UNSET:
            field_dict["Attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        friendly_name = d.pop("FriendlyName")

        activity_sid = d.pop("ActivitySid", UNSET)

        attributes = d.pop("Attributes", UNSET)

        create_worker_request = cls(
            friendly_name=friendly_name,
            activity_sid=activity_sid,
            attributes=attributes,
        )

        create_worker_request.additional_properties = d
        return create_worker_request

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
