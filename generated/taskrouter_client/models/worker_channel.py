from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkerChannel")


@_attrs_define
class WorkerChannel:
    account_sid: str
    """ The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Worker resource. """
    sid: str
    """ The unique string that we created to identify the WorkerChannel resource. """
    workspace_sid: str
    """ The SID of the Workspace that contains the WorkerChannel. """
    url: str
    """ The absolute URL of the WorkerChannel resource. """
    assigned_tasks: int | Unset = 0
    """ The total number of Tasks assigned to Worker for the TaskChannel type. """
    available: bool | None | Unset = UNSET
    """ Whether the Worker should receive Tasks of the TaskChannel type. """
    available_capacity_percentage: int | Unset = 0
    """ The current percentage of capacity the TaskChannel has available. Can be a number between `0` and `100`. A
    value of `0` indicates that TaskChannel has no capacity available and a value of `100` means the  Worker is
    available to receive any Tasks of this TaskChannel type. """
    configured_capacity: int | Unset = 0
    """ The current configured capacity for the WorkerChannel. TaskRouter will not create any reservations after the
    assigned Tasks for the Worker reaches the value. """
    date_created: datetime.datetime | None | Unset = UNSET
    """ The date and time in GMT when the resource was created specified in [RFC
    2822](https://www.ietf.org/rfc/rfc2822.txt) format. """
    date_updated: datetime.datetime | None | Unset = UNSET
    """ The date and time in GMT when the resource was last updated specified in [RFC
    2822](https://www.ietf.org/rfc/rfc2822.txt) format. """
    task_channel_sid: None | str | Unset = UNSET
    """ The SID of the TaskChannel. """
    task_channel_unique_name: None | str | Unset = UNSET
    """ The unique name of the TaskChannel, such as `voice` or `sms`. """
    worker_sid: None | str | Unset = UNSET
    """ The SID of the Worker that contains the WorkerChannel. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_sid = self.account_sid

        sid = self.sid

        workspace_sid = self.workspace_sid

        url = self.url

        assigned_tasks = self.assigned_tasks

        available: bool | None | Unset
        if isinstance(self.available, Unset):
            available = UNSET
        else:
            available = self.available

        available_capacity_percentage = self.available_capacity_percentage

        configured_capacity = self.configured_capacity

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

        task_channel_sid: None | str | Unset
        if isinstance(self.task_channel_sid, Unset):
            task_channel_sid = UNSET
        else:
            task_channel_sid = self.task_channel_sid

        task_channel_unique_name: None | str | Unset
        if isinstance(self.task_channel_unique_name, Unset):
            task_channel_unique_name = UNSET
        else:
            task_channel_unique_name = self.task_channel_unique_name

        worker_sid: None | str | Unset
        if isinstance(self.worker_sid, Unset):
            worker_sid = UNSET
        else:
            worker_sid = self.worker_sid

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
        if assigned_tasks is not UNSET:
            field_dict["assigned_tasks"] = assigned_tasks
        if available is not UNSET:
            field_dict["available"] = available
        if available_capacity_percentage is not UNSET:
            field_dict["available_capacity_percentage"] = available_capacity_percentage
        if configured_capacity is not UNSET:
            field_dict["configured_capacity"] = configured_capacity
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if date_updated is not UNSET:
            field_dict["date_updated"] = date_updated
        if task_channel_sid is not UNSET:
            field_dict["task_channel_sid"] = task_channel_sid
        if task_channel_unique_name is not UNSET:
            field_dict["task_channel_unique_name"] = task_channel_unique_name
        if worker_sid is not UNSET:
            field_dict["worker_sid"] = worker_sid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_sid = d.pop("account_sid")

        sid = d.pop("sid")

        workspace_sid = d.pop("workspace_sid")

        url = d.pop("url")

        assigned_tasks = d.pop("assigned_tasks", UNSET)

        available: bool | None | Unset = d.pop("available", UNSET)

        available_capacity_percentage = d.pop("available_capacity_percentage", UNSET)

        configured_capacity = d.pop("configured_capacity", UNSET)

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

        task_channel_sid: None | str | Unset = d.pop("task_channel_sid", UNSET)

        task_channel_unique_name: None | str | Unset = d.pop("task_channel_unique_name", UNSET)

        worker_sid: None | str | Unset = d.pop("worker_sid", UNSET)

        worker_channel = cls(
            account_sid=account_sid,
            sid=sid,
            workspace_sid=workspace_sid,
            url=url,
            assigned_tasks=assigned_tasks,
            available=available,
            available_capacity_percentage=available_capacity_percentage,
            configured_capacity=configured_capacity,
            date_created=date_created,
            date_updated=date_updated,
            task_channel_sid=task_channel_sid,
            task_channel_unique_name=task_channel_unique_name,
            worker_sid=worker_sid,
        )

        worker_channel.additional_properties = d
        return worker_channel

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
