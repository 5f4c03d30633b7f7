from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Event")


@_attrs_define
class Event:
    account_sid: str
    """ The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Event resource. """
    sid: str
    """ The unique string that we created to identify the Event resource. """
    url: str
    """ The absolute URL of the Event resource. """
    workspace_sid: str
    """ The SID of the Workspace that contains the Event. """
    actor_sid: None | str | Unset = UNSET
    """ The SID of the resource that triggered the event. """
    actor_type: None | str | Unset = UNSET
    """ The type of resource that triggered the event. """
    actor_url: None | str | Unset = UNSET
    """ The absolute URL of the resource that triggered the event. """
    description: None | str | Unset = UNSET
    """ A description of the event. """
    event_data: Any | Unset = UNSET
    """ Data about the event. For more information, see [Event
    types](https://www.twilio.com/docs/taskrouter/api/event#event-types). """
    event_date: datetime.datetime | None | Unset = UNSET
    """ The time the event was sent, specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format. """
    event_date_ms: int | None | Unset = UNSET
    """ The time the event was sent in milliseconds. """
    event_type: None | str | Unset = UNSET
    """ The identifier for the event. """
    resource_sid: None | str | Unset = UNSET
    """ The SID of the object the event is most relevant to, such as a TaskSid, ReservationSid, or a  WorkerSid. """
    resource_type: None | str | Unset = UNSET
    """ The type of object the event is most relevant to, such as a Task, Reservation, or a Worker). """
    resource_url: None | str | Unset = UNSET
    """ The URL of the resource the event is most relevant to. """
    source: None | str | Unset = UNSET
    """ Where the Event originated. """
    source_ip_address: None | str | Unset = UNSET
    """ The IP from which the Event originated. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_sid = self.account_sid

        sid = self.sid

        url = self.url

        workspace_sid = self.workspace_sid

        actor_sid: None | str | Unset
        if isinstance(self.actor_sid, Unset):
            actor_sid = UNSET
        else:
            actor_sid = self.actor_sid

        actor_type: None | str | Unset
        if isinstance(self.actor_type, Unset):
            actor_type = UNSET
        else:
            actor_type = self.actor_type

        actor_url: None | str | Unset
        if isinstance(self.actor_url, Unset):
            actor_url = UNSET
        else:
            actor_url = self.actor_url

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        event_data = self.event_data

        event_date: None | str | Unset
        if isinstance(self.event_date, Unset):
            event_date = UNSET
        elif isinstance(self.event_date, datetime.datetime):
            event_date = self.event_date.isoformat()
        else:
            event_date = self.event_date

        event_date_ms: int | None | Unset
        if isinstance(self.event_date_ms, Unset):
            event_date_ms = UNSET
        else:
            event_date_ms = self.event_date_ms

        event_type: None | str | Unset
        if isinstance(self.event_type, Unset):
            event_type = UNSET
        else:
            event_type = self.event_type

        resource_sid: None | str | Unset
        if isinstance(self.resource_sid, Unset):
            resource_sid = UNSET
        else:
            resource_sid = self.resource_sid

        resource_type: None | str | Unset
        if isinstance(self.resource_type, Unset):
            resource_type = UNSET
        else:
            resource_type = self.resource_type

        resource_url: None | str | Unset
        if isinstance(self.resource_url, Unset):
            resource_url = UNSET
        else:
            resource_url = self.resource_url

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        source_ip_address: None | str | Unset
        if isinstance(self.source_ip_address, Unset):
            source_ip_address = UNSET
        else:
            source_ip_address = self.source_ip_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_sid": account_sid,
                "sid": sid,
                "url": url,
                "workspace_sid": workspace_sid,
            }
        )
        if actor_sid is not UNSET:
            field_dict["actor_sid"] = actor_sid
        if actor_type is not UNSET:
            field_dict["actor_type"] = actor_type
        if actor_url is not UNSET:
            field_dict["actor_url"] = actor_url
        if description is not UNSET:
            field_dict["description"] = description
        if event_data is not UNSET:
            field_dict["event_data"] = event_data
        if event_date is not UNSET:
            field_dict["event_date"] = event_date
        if event_date_ms is not UNSET:
            field_dict["event_date_ms"] = event_date_ms
        if event_type is not UNSET:
            field_dict["event_type"] = event_type
        if resource_sid is not UNSET:
            field_dict["resource_sid"] = resource_sid
        if resource_type is not UNSET:
            field_dict["resource_type"] = resource_type
        if resource_url is not UNSET:
            field_dict["resource_url"] = resource_url
        if source is not UNSET:
            field_dict["source"] = source
        if source_ip_address is not UNSET:
            field_dict["source_ip_address"] = source_ip_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_sid = d.pop("account_sid")

        sid = d.pop("sid")

        url = d.pop("url")

        workspace_sid = d.pop("workspace_sid")

        actor_sid: None | str | Unset = d.pop("actor_sid", UNSET)

        actor_type: None | str | Unset = d.pop("actor_type", UNSET)

        actor_url: None | str | Unset = d.pop("actor_url", UNSET)

        description: None | str | Unset = d.pop("description", UNSET)

        event_data = d.pop("event_data", UNSET)

        def _parse_event_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                event_date_type_0 = datetime.datetime.fromisoformat(data)

                return event_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        event_date = _parse_event_date(d.pop("event_date", UNSET))

        event_date_ms: int | None | Unset = d.pop("event_date_ms", UNSET)

        event_type: None | str | Unset = d.pop("event_type", UNSET)

        resource_sid: None | str | Unset = d.pop("resource_sid", UNSET)

        resource_type: None | str | Unset = d.pop("resource_type", UNSET)

        resource_url: None | str | Unset = d.pop("resource_url", UNSET)

        source: None | str | Unset = d.pop("source", UNSET)

        source_ip_address: None | str | Unset = d.pop("source_ip_address", UNSET)

        event = cls(
            account_sid=account_sid,
            sid=sid,
            url=url,
            workspace_sid=workspace_sid,
            actor_sid=actor_sid,
            actor_type=actor_type,
            actor_url=actor_url,
            description=description,
            event_data=event_data,
            event_date=event_date,
            event_date_ms=event_date_ms,
            event_type=event_type,
            resource_sid=resource_sid,
            resource_type=resource_type,
            resource_url=resource_url,
            source=source,
            source_ip_address=source_ip_address,
        )

        event.additional_properties = d
        return event

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
