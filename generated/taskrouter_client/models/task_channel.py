from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_channel_links_type_0 import TaskChannelLinksType0


T = TypeVar("T", bound="TaskChannel")


@_attrs_define
class TaskChannel:
    account_sid: str
    """ The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Task Channel
    resource. """
    sid: str
    """ The unique string that we created to identify the Task Channel resource. """
    workspace_sid: str
    """ The SID of the Workspace that contains the Task Channel. """
    url: str
    """ The absolute URL of the Task Channel resource. """
    date_created: datetime.datetime | None | Unset = UNSET
    """ The date and time in GMT when the resource was created specified in [ISO
    8601](https://en.wikipedia.org/wiki/ISO_8601) format. """
    date_updated: datetime.datetime | None | Unset = UNSET
    """ The date and time in GMT when the resource was last updated specified in [ISO
    8601](https://en.wikipedia.org/wiki/ISO_8601) format. """
    friendly_name: None | str | Unset = UNSET
    """ The string that you assigned to describe the resource. """
    unique_name: None | str | Unset = UNSET
    """ An application-defined string that uniquely identifies the Task Channel, such as `voice` or `sms`. """
    channel_optimized_routing: bool | None | Unset = UNSET
    """ Whether the Task Channel will prioritize Workers that have been idle. When `true`, Workers that have been
    idle the longest are prioritized. """
    links: None | TaskChannelLinksType0 | Unset = UNSET
    """ The URLs of related resources. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.task_channel_links_type_0 import TaskChannelLinksType0  # noqa: PLC0415

        account_sid = self.account_sid

        sid = self.sid

        workspace_sid = self.workspace_sid

        url = self.url

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

        unique_name: None | str | Unset
        if isinstance(self.unique_name, Unset):
            unique_name = UNSET
        else:
            unique_name = self.unique_name

        channel_optimized_routing: bool | None | Unset
        if isinstance(self.channel_optimized_routing, Unset):
            channel_optimized_routing = UNSET
        else:
            channel_optimized_routing = self.channel_optimized_routing

        links: dict[str, Any] | None | Unset
        if isinstance(self.links, Unset):
            links = UNSET
        elif isinstance(self.links, TaskChannelLinksType0):
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
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if date_updated is not UNSET:
            field_dict["date_updated"] = date_updated
        if friendly_name is not UNSET:
            field_dict["friendly_name"] = friendly_name
        if unique_name is not UNSET:
            field_dict["unique_name"] = unique_name
        if channel_optimized_routing is not UNSET:
            field_dict["channel_optimized_routing"] = channel_optimized_routing
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.task_channel_links_type_0 import TaskChannelLinksType0  # noqa: PLC0415

        d = dict(src_dict)
        account_sid = d.pop("account_sid")

        sid = d.pop("sid")

        workspace_sid = d.pop("workspace_sid")

        url = d.pop("url")

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

        unique_name: None | str | Unset = d.pop("unique_name", UNSET)

        channel_optimized_routing: bool | None | Unset = d.pop("channel_optimized_routing", UNSET)

        def _parse_links(data: object) -> None | TaskChannelLinksType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                links_type_0 = TaskChannelLinksType0.from_dict(data)

                return links_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaskChannelLinksType0 | Unset, data)

        links = _parse_links(d.pop("links", UNSET))

        task_channel = cls(
            account_sid=account_sid,
            sid=sid,
            workspace_sid=workspace_sid,
            url=url,
            date_created=date_created,
            date_updated=date_updated,
            friendly_name=friendly_name,
            unique_name=unique_name,
            channel_optimized_routing=channel_optimized_routing,
            links=links,
        )

        task_channel.additional_properties = d
        return task_channel

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
