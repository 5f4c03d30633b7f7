from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.activity_links_type_0 import ActivityLinksType0


T = TypeVar("T", bound="Activity")


@_attrs_define
class Activity:
    account_sid: str
    """ The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Activity resource.
    """
    sid: str
    """ The unique string that we created to identify the Activity resource. """
    workspace_sid: str
    """ The SID of the Workspace that contains the Activity. """
    url: str
    """ The absolute URL of the Activity resource. """
    available: bool | None | Unset = UNSET
    """ Whether the Worker is eligible to receive a Task when it occupies the Activity. A value of `true`, `1`, or
    `yes` indicates the Activity is available. All other values indicate that it is not. The value cannot be changed
    after the Activity is created. """
    date_created: datetime.datetime | None | Unset = UNSET
    """ The date and time in GMT when the resource was created specified in [ISO
    8601](https://en.wikipedia.org/wiki/ISO_8601) format. """
    date_updated: datetime.datetime | None | Unset = UNSET
    """ The date and time in GMT when the resource was last updated specified in [ISO
    8601](https://en.wikipedia.org/wiki/ISO_8601) format. """
    friendly_name: None | str | Unset = UNSET
    """ The string that you assigned to describe the Activity resource. """
    links: ActivityLinksType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.activity_links_type_0 import ActivityLinksType0  # noqa: PLC0415

        account_sid = self.account_sid

        sid = self.sid

        workspace_sid = self.workspace_sid

        url = self.url

        available: bool | None | Unset
        if isinstance(self.available, Unset):
            available = UNSET
        else:
            available = self.available

        date_created: None | str | Unset
        if isinstance(self.date_created, Unset):
            date_created = UNSET
        elif isinstance(self.date_created, datetime.datetime):
            date_created = self.date_created.isoformat()
        else:
            date_created = self.date_created

        date_updated: None | str | Unset
        if isinstance(self.date_updated, Unset):
            date_updated = UNSET
        elif isinstance(self.date_updated, datetime.datetime):
            date_updated = self.date_updated.isoformat()
        else:
            date_updated = self.date_updated

        friendly_name: None | str | Unset
        if isinstance(self.friendly_name, Unset):
            friendly_name = UNSET
        else:
            friendly_name = self.friendly_name

        links: dict[str, Any] | None | Unset
        if isinstance(self.links, Unset):
            links = UNSET
        elif isinstance(self.links, ActivityLinksType0):
            links = self.links.to_dict()
        else:
            links = self.links

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_sid": account_sid,
                "sid": sid,
                "workspace_sid": workspace_sid,
                "url": url,
            }
        )
        if available is not UNSET:
            field_dict["available"] = available
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if date_updated is not UNSET:
            field_dict["date_updated"] = date_updated
        if friendly_name is not UNSET:
            field_dict["friendly_name"] = friendly_name
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.activity_links_type_0 import ActivityLinksType0  # noqa: PLC0415

        d = dict(src_dict)
        account_sid = d.pop("account_sid")

        sid = d.pop("sid")

        workspace_sid = d.pop("workspace_sid")

        url = d.pop("url")

        available: bool | None | Unset = d.pop("available", UNSET)

        def _parse_date_created(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_created_type_0 = datetime.datetime.fromisoformat(data)

                return date_created_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_created = _parse_date_created(d.pop("date_created", UNSET))

        def _parse_date_updated(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_updated_type_0 = datetime.datetime.fromisoformat(data)

                return date_updated_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_updated = _parse_date_updated(d.pop("date_updated", UNSET))

        friendly_name: None | str | Unset = d.pop("friendly_name", UNSET)

        def _parse_links(data: object) -> ActivityLinksType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                links_type_0 = ActivityLinksType0.from_dict(data)

                return links_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ActivityLinksType0 | None | Unset, data)

        links = _parse_links(d.pop("links", UNSET))

        activity = cls(
            account_sid=account_sid,
            sid=sid,
            workspace_sid=workspace_sid,
            url=url,
            available=available,
            date_created=date_created,
            date_updated=date_updated,
            friendly_name=friendly_name,
            links=links,
        )

        activity.additional_properties = d
        return activity

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
