from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workspace_queue_order import WorkspaceQueueOrder, check_workspace_queue_order
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workspace_links_type_0 import WorkspaceLinksType0


T = TypeVar("T", bound="Workspace")


@_attrs_define
class Workspace:
    account_sid: str
    """ The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Workspace resource.
    """
    sid: str
    """ The unique string that we created to identify the Workspace resource. """
    url: str
    """ The absolute URL of the Workspace resource. """
    date_created: datetime.datetime | None | Unset = UNSET
    """ The date and time in GMT when the resource was created specified in [ISO
    8601](https://en.wikipedia.org/wiki/ISO_8601) format. """
    date_updated: datetime.datetime | None | Unset = UNSET
    """ The date and time in GMT when the resource was last updated specified in [ISO
    8601](https://en.wikipedia.org/wiki/ISO_8601) format. """
    default_activity_name: None | str | Unset = UNSET
    """ The name of the default activity. """
    default_activity_sid: None | str | Unset = UNSET
    """ The SID of the Activity that will be used when new Workers are created in the Workspace. """
    event_callback_url: None | str | Unset = UNSET
    """ The URL we call when an event occurs. If provided, the Workspace will publish events to this URL, for
    example, to collect data for reporting. See [Workspace Events](https://www.twilio.com/docs/taskrouter/api/event)
    for more information. This parameter supports Twilio's [Webhooks (HTTP callbacks) Connection
    Overrides](https://www.twilio.com/docs/usage/webhooks/webhooks-connection-overrides). """
    events_filter: None | str | Unset = UNSET
    """ The list of Workspace events for which to call `event_callback_url`. For example, if
    `EventsFilter=task.created, task.canceled, worker.activity.update`, then TaskRouter will call event_callback_url
    only when a task is created, canceled, or a Worker activity is updated. """
    friendly_name: None | str | Unset = UNSET
    """ The string that you assigned to describe the Workspace resource. For example `Customer Support` or `2014
    Election Campaign`. """
    multi_task_enabled: bool | None | Unset = UNSET
    """ Whether multi-tasking is enabled. The default is `true`, which enables multi-tasking. Multi-tasking allows
    Workers to handle multiple Tasks simultaneously. When enabled (`true`), each Worker can receive parallel
    reservations up to the per-channel maximums defined in the Workers section. In single-tasking each Worker would
    only receive a new reservation when the previous task is completed. Learn more at
    [Multitasking](https://www.twilio.com/docs/taskrouter/multitasking). """
    timeout_activity_name: None | str | Unset = UNSET
    """ The name of the timeout activity. """
    timeout_activity_sid: None | str | Unset = UNSET
    """ The SID of the Activity that will be assigned to a Worker when a Task reservation times out without a
    response. """
    prioritize_queue_order: WorkspaceQueueOrder | Unset = UNSET
    """ The type of TaskQueue to prioritize when Workers are receiving Tasks from both types of TaskQueues. Can be:
    `LIFO` or `FIFO` and the default is `FIFO`. For more information, see [Queue
    Ordering](https://www.twilio.com/docs/taskrouter/queue-ordering-last-first-out-lifo). """
    links: None | Unset | WorkspaceLinksType0 = UNSET
    """ The URLs of related resources. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.workspace_links_type_0 import WorkspaceLinksType0  # noqa: PLC0415

        account_sid = self.account_sid

        sid = self.sid

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

        default_activity_name: None | str | Unset
        if isinstance(self.default_activity_name, Unset):
            default_activity_name = UNSET
        else:
            default_activity_name = self.default_activity_name

        default_activity_sid: None | str | Unset
        if isinstance(self.default_activity_sid, Unset):
            default_activity_sid = UNSET
        else:
            default_activity_sid = self.default_activity_sid

        event_callback_url: None | str | Unset
        if isinstance(self.event_callback_url, Unset):
            event_callback_url = UNSET
        else:
            event_callback_url = self.event_callback_url

        events_filter: None | str | Unset
        if isinstance(self.events_filter, Unset):
            events_filter = UNSET
        else:
            events_filter = self.events_filter

        friendly_name: None | str | Unset
        if isinstance(self.friendly_name, Unset):
            friendly_name = UNSET
        else:
            friendly_name = self.friendly_name

        multi_task_enabled: bool | None | Unset
        if isinstance(self.multi_task_enabled, Unset):
            multi_task_enabled = UNSET
        else:
            multi_task_enabled = self.multi_task_enabled

        timeout_activity_name: None | str | Unset
        if isinstance(self.timeout_activity_name, Unset):
            timeout_activity_name = UNSET
        else:
            timeout_activity_name = self.timeout_activity_name

        timeout_activity_sid: None | str | Unset
        if isinstance(self.timeout_activity_sid, Unset):
            timeout_activity_sid = UNSET
        else:
            timeout_activity_sid = self.timeout_activity_sid

        prioritize_queue_order: str | Unset = UNSET
        if not isinstance(self.prioritize_queue_order, Unset):
            prioritize_queue_order = self.prioritize_queue_order

        links: dict[str, Any] | None | Unset
        if isinstance(self.links, Unset):
            links = UNSET
        elif isinstance(self.links, WorkspaceLinksType0):
            links = self.links.to_dict()
        else:
            links = self.links

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_sid": account_sid,
                "sid": sid,
                "url": url,
            }
        )
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if date_updated is not UNSET:
            field_dict["date_updated"] = date_updated
        if default_activity_name is not UNSET:
            field_dict["default_activity_name"] = default_activity_name
        if default_activity_sid is not UNSET:
            field_dict["default_activity_sid"] = default_activity_sid
        if event_callback_url is not UNSET:
            field_dict["event_callback_url"] = event_callback_url
        if events_filter is not UNSET:
            field_dict["events_filter"] = events_filter
        if friendly_name is not UNSET:
            field_dict["friendly_name"] = friendly_name
        if multi_task_enabled is not UNSET:
            field_dict["multi_task_enabled"] = multi_task_enabled
        if timeout_activity_name is not UNSET:
            field_dict["timeout_activity_name"] = timeout_activity_name
        if timeout_activity_sid is not UNSET:
            field_dict["timeout_activity_sid"] = timeout_activity_sid
        if prioritize_queue_order is not UNSET:
            field_dict["prioritize_queue_order"] = prioritize_queue_order
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workspace_links_type_0 import WorkspaceLinksType0  # noqa: PLC0415

        d = dict(src_dict)
        account_sid = d.pop("account_sid")

        sid = d.pop("sid")

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

        default_activity_name: None | str | Unset = d.pop("default_activity_name", UNSET)

        default_activity_sid: None | str | Unset = d.pop("default_activity_sid", UNSET)

        event_callback_url: None | str | Unset = d.pop("event_callback_url", UNSET)

        events_filter: None | str | Unset = d.pop("events_filter", UNSET)

        friendly_name: None | str | Unset = d.pop("friendly_name", UNSET)

        multi_task_enabled: bool | None | Unset = d.pop("multi_task_enabled", UNSET)

        timeout_activity_name: None | str | Unset = d.pop("timeout_activity_name", UNSET)

        timeout_activity_sid: None | str | Unset = d.pop("timeout_activity_sid", UNSET)

        _prioritize_queue_order = d.pop("prioritize_queue_order", UNSET)
        prioritize_queue_order: WorkspaceQueueOrder | Unset
        if isinstance(_prioritize_queue_order, Unset):
            prioritize_queue_order = UNSET
        else:
            prioritize_queue_order = check_workspace_queue_order(_prioritize_queue_order)

        def _parse_links(data: object) -> None | Unset | WorkspaceLinksType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                links_type_0 = WorkspaceLinksType0.from_dict(data)

                return links_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkspaceLinksType0, data)

        links = _parse_links(d.pop("links", UNSET))

        workspace = cls(
            account_sid=account_sid,
            sid=sid,
            url=url,
            date_created=date_created,
            date_updated=date_updated,
            default_activity_name=default_activity_name,
            default_activity_sid=default_activity_sid,
            event_callback_url=event_callback_url,
            events_filter=events_filter,
            friendly_name=friendly_name,
            multi_task_enabled=multi_task_enabled,
            timeout_activity_name=timeout_activity_name,
            timeout_activity_sid=timeout_activity_sid,
            prioritize_queue_order=prioritize_queue_order,
            links=links,
        )

        workspace.additional_properties = d
        return workspace

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
