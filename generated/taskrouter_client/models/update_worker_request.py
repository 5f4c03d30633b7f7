from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateWorkerRequest")


@_attrs_define
class UpdateWorkerRequest:
    activity_sid: str | Unset = UNSET
    """ The SID of a valid Activity that will describe the Worker's initial state. See
    [Activities](https://www.twilio.com/docs/taskrouter/api/activity) for more information. """
    attributes: str | Unset = UNSET
    """ The JSON string that describes the Worker. For example: `{ "email": "Bob@example.com", "phone":
    "+5095551234" }`. This data is passed to the `assignment_callback_url` when TaskRouter assigns a Task to the
    Worker. Defaults to {}. """
    friendly_name: str | Unset = UNSET
    """ A descriptive string that you create to describe the Worker. It can be up to 64 characters long. """
    reject_pending_reservations: bool | Unset = UNSET
    """ Whether to reject the Worker's pending reservations. This option is only valid if the Worker's new
    [Activity](https://www.twilio.com/docs/taskrouter/api/activity) resource has its `availability` property set to
    `False`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        activity_sid = self.activity_sid

        attributes = self.attributes

        friendly_name = self.friendly_name

        reject_pending_reservations = self.reject_pending_reservations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if activity_sid is not UNSET:
            field_dict["ActivitySid"] = activity_sid
        if attributes is not UNSET:
            field_dict["Attributes"] = attributes
        if friendly_name is not UNSET:
            field_dict["FriendlyName"] = friendly_name
        if reject_pending_reservations is not UNSET:
            field_dict["RejectPendingReservations"] = reject_pending_reservations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        activity_sid = d.pop("ActivitySid", UNSET)

        attributes = d.pop("Attributes", UNSET)

        friendly_name = d.pop("FriendlyName", UNSET)

        reject_pending_reservations = d.pop("RejectPendingReservations", UNSET)

        update_worker_request = cls(
            activity_sid=activity_sid,
            attributes=attributes,
            friendly_name=friendly_name,
            reject_pending_reservations=reject_pending_reservations,
        )

        update_worker_request.additional_properties = d
        return update_worker_request

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
