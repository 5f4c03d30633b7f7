from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.worker_links_type_0 import WorkerLinksType0


T = TypeVar("T", bound="Worker")


@_attrs_define
class Worker:
    account_sid: str
    """ The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Worker resource. """
    sid: str
    """ The unique string that we created to identify the Worker resource. """
    workspace_sid: str
    """ The SID of the Workspace that contains the Worker. """
    url: str
    """ The absolute URL of the Worker resource. """
    activity_name: None | str | Unset = UNSET
    """ The `friendly_name` of the Worker's current Activity. """
    activity_sid: None | str | Unset = UNSET
    """ The SID of the Worker's current Activity. """
    attributes: None | str | Unset = UNSET
    """ The JSON string that describes the Worker. For example: `{ "email": "Bob@example.com", "phone":
    "+5095551234" }`. **Note** If this property has been assigned a value, it will only be displayed in FETCH
    actions that return a single resource. Otherwise, this property will be null, even if it has a value. This data
    is passed to the `assignment_callback_url` when TaskRouter assigns a Task to the Worker. """
    available: bool | None | Unset = UNSET
    """ Whether the Worker is available to perform tasks. """
    date_created: datetime.datetime | None | Unset = UNSET
    """ The date and time in GMT when the resource was created specified in [ISO
    8601](https://en.wikipedia.org/wiki/ISO_8601) format. """
    date_status_changed: datetime.datetime | None | Unset = UNSET
    """ The date and time in GMT of the last change to the Worker's activity specified in [ISO
    8601](https://en.wikipedia.org/wiki/ISO_8601) format. Used to calculate Workflow statistics. """
    date_updated: datetime.datetime | None | Unset = UNSET
    """ The date and time in GMT when the resource was last updated specified in [ISO
    8601](https://en.wikipedia.org/wiki/ISO_8601) format. """
    friendly_name: None | str | Unset = UNSET
    """ The string that you assigned to describe the resource. Friendly names are case insensitive, and unique
    within the TaskRouter Workspace. """
    links: None | Unset | WorkerLinksType0 = UNSET
    """ The URLs of related resources. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.worker_links_type_0 import WorkerLinksType0  # noqa: PLC0415

        account_sid = self.account_sid

        sid = self.sid

        workspace_sid = self.workspace_sid

        url = self.url

        activity_name: None | str | Unset
        if isinstance(self.activity_name, Unset):
            activity_name = UNSET
        else:
            activity_name = self.activity_name

        activity_sid: None | str | Unset
        if isinstance(self.activity_sid, Unset):
            activity_sid = UNSET
        else:
            activity_sid = self.activity_sid

        attributes: None | str | Unset
        if isinstance(self.attributes, Unset):
            attributes = UNSET
        else:
            attributes = self.attributes

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

        date_status_changed: None | str | Unset
        if isinstance(self.date_status_changed, Unset):
            date_status_changed = UNSET
        elif isinstance(self.date_status_changed, datetime.datetime):
            date_status_changed = self.date_status_changed.isoformat()
        else:
            date_status_changed = self.date_status_changed

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
        elif isinstance(self.links, WorkerLinksType0):
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
        if activity_name is not UNSET:
            field_dict["activity_name"] = activity_name
        if activity_sid is not UNSET:
            field_dict["activity_sid"] = activity_sid
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if available is not UNSET:
            field_dict["available"] = available
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if date_status_changed is not UNSET:
            field_dict["date_status_changed"] = date_status_changed
        if date_updated is not UNSET:
            field_dict["date_updated"] = date_updated
        if friendly_name is not UNSET:
            field_dict["friendly_name"] = friendly_name
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.worker_links_type_0 import WorkerLinksType0  # noqa: PLC0415

        d = dict(src_dict)
        account_sid = d.pop("account_sid")

        sid = d.pop("sid")

        workspace_sid = d.pop("workspace_sid")

        url = d.pop("url")

        activity_name: None | str | Unset = d.pop("activity_name", UNSET)

        activity_sid: None | str | Unset = d.pop("activity_sid", UNSET)

        attributes: None | str | Unset = d.pop("attributes", UNSET)

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

        def _parse_date_status_changed(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_status_changed_type_0 = datetime.datetime.fromisoformat(data)

                return date_status_changed_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_status_changed = _parse_date_status_changed(d.pop("date_status_changed", UNSET))

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

        def _parse_links(data: object) -> None | Unset | WorkerLinksType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                links_type_0 = WorkerLinksType0.from_dict(data)

                return links_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkerLinksType0, data)

        links = _parse_links(d.pop("links", UNSET))

        worker = cls(
            account_sid=account_sid,
            sid=sid,
            workspace_sid=workspace_sid,
            url=url,
            activity_name=activity_name,
            activity_sid=activity_sid,
            attributes=attributes,
            available=available,
            date_created=date_created,
            date_status_changed=date_status_changed,
            date_updated=date_updated,
            friendly_name=friendly_name,
            links=links,
        )

        worker.additional_properties = d
        return worker

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
