from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_queue_task_order import TaskQueueTaskOrder, check_task_queue_task_order
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_queue_links_type_0 import TaskQueueLinksType0


T = TypeVar("T", bound="TaskQueue")


@_attrs_define
class TaskQueue:
    account_sid: str
    """ The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the TaskQueue resource.
    """
    sid: str
    """ The unique string that we created to identify the TaskQueue resource. """
    url: str
    """ The absolute URL of the TaskQueue resource. """
    workspace_sid: str
    """ The SID of the Workspace that contains the TaskQueue. """
    assignment_activity_sid: None | str | Unset = UNSET
    """ The SID of the Activity to assign Workers when a task is assigned for them. """
    assignment_activity_name: None | str | Unset = UNSET
    """ The name of the Activity to assign Workers when a task is assigned for them. """
    date_created: datetime.datetime | None | Unset = UNSET
    """ The date and time in GMT when the resource was created specified in [RFC
    2822](https://www.ietf.org/rfc/rfc2822.txt) format. """
    date_updated: datetime.datetime | None | Unset = UNSET
    """ The date and time in GMT when the resource was last updated specified in [RFC
    2822](https://www.ietf.org/rfc/rfc2822.txt) format. """
    friendly_name: None | str | Unset = UNSET
    """ The string that you assigned to describe the resource. """
    max_reserved_workers: int | Unset = 0
    """ The maximum number of Workers to reserve for the assignment of a task in the queue. Can be an integer
    between 1 and 50, inclusive and defaults to 1. """
    reservation_activity_sid: None | str | Unset = UNSET
    """ The SID of the Activity to assign Workers once a task is reserved for them. """
    reservation_activity_name: None | str | Unset = UNSET
    """ The name of the Activity to assign Workers once a task is reserved for them. """
    target_workers: None | str | Unset = UNSET
    """ A string describing the Worker selection criteria for any Tasks that enter the TaskQueue. For example
    `'"language" == "spanish"'` If no TargetWorkers parameter is provided, Tasks will wait in the TaskQueue until
    they are either deleted or moved to another TaskQueue. Additional examples on how to describing Worker selection
    criteria below. Defaults to 1==1. """
    task_order: TaskQueueTaskOrder | Unset = UNSET
    """ How Tasks will be assigned to Workers. Set this parameter to `LIFO` to assign most recently created Task
    first or `FIFO` to assign the oldest Task. Default is FIFO. [Click
    here](https://www.twilio.com/docs/taskrouter/queue-ordering-last-first-out-lifo) to learn more. """
    links: None | TaskQueueLinksType0 | Unset = UNSET
    """ The URLs of related resources. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.task_queue_links_type_0 import TaskQueueLinksType0  # noqa: PLC0415

        account_sid = self.account_sid

        sid = self.sid

        url = self.url

        workspace_sid = self.workspace_sid

        assignment_activity_sid: None | str | Unset
        if isinstance(self.assignment_activity_sid, Unset):
            assignment_activity_sid = UNSET
        else:
            assignment_activity_sid = self.assignment_activity_sid

        assignment_activity_name: None | str | Unset
        if isinstance(self.assignment_activity_name, Unset):
            assignment_activity_name = UNSET
        else:
            assignment_activity_name = self.assignment_activity_name

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

        max_reserved_workers = self.max_reserved_workers

        reservation_activity_sid: None | str | Unset
        if isinstance(self.reservation_activity_sid, Unset):
            reservation_activity_sid = UNSET
        else:
            reservation_activity_sid = self.reservation_activity_sid

        reservation_activity_name: None | str | Unset
        if isinstance(self.reservation_activity_name, Unset):
            reservation_activity_name = UNSET
        else:
            reservation_activity_name = self.reservation_activity_name

        target_workers: None | str | Unset
        if isinstance(self.target_workers, Unset):
            target_workers = UNSET
        else:
            target_workers = self.target_workers

        task_order: str | Unset = UNSET
        if not isinstance(self.task_order, Unset):
            task_order = self.task_order

        links: dict[str, Any] | None | Unset
        if isinstance(self.links, Unset):
            links = UNSET
        elif isinstance(self.links, TaskQueueLinksType0):
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
                "workspace_sid": workspace_sid,
            }
        )
        if assignment_activity_sid is not UNSET:
            field_dict["assignment_activity_sid"] = assignment_activity_sid
        if assignment_activity_name is not UNSET:
            field_dict["assignment_activity_name"] = assignment_activity_name
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if date_updated is not UNSET:
            field_dict["date_updated"] = date_updated
        if friendly_name is not UNSET:
            field_dict["friendly_name"] = friendly_name
        if max_reserved_workers is not UNSET:
            field_dict["max_reserved_workers"] = max_reserved_workers
        if reservation_activity_sid is not UNSET:
            field_dict["reservation_activity_sid"] = reservation_activity_sid
        if reservation_activity_name is not UNSET:
            field_dict["reservation_activity_name"] = reservation_activity_name
        if target_workers is not UNSET:
            field_dict["target_workers"] = target_workers
        if task_order is not UNSET:
            field_dict["task_order"] = task_order
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.task_queue_links_type_0 import TaskQueueLinksType0  # noqa: PLC0415

        d = dict(src_dict)
        account_sid = d.pop("account_sid")

        sid = d.pop("sid")

        url = d.pop("url")

        workspace_sid = d.pop("workspace_sid")

        assignment_activity_sid: None | str | Unset = d.pop("assignment_activity_sid", UNSET)

        assignment_activity_name: None | str | Unset = d.pop("assignment_activity_name", UNSET)

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

        max_reserved_workers = d.pop("max_reserved_workers", UNSET)

        reservation_activity_sid: None | str | Unset = d.pop("reservation_activity_sid", UNSET)

        reservation_activity_name: None | str | Unset = d.pop("reservation_activity_name", UNSET)

        target_workers: None | str | Unset = d.pop("target_workers", UNSET)

        _task_order = d.pop("task_order", UNSET)
        task_order: TaskQueueTaskOrder | Unset
        if isinstance(_task_order, Unset):
            task_order = UNSET
        else:
            task_order = check_task_queue_task_order(_task_order)

        def _parse_links(data: object) -> None | TaskQueueLinksType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                links_type_0 = TaskQueueLinksType0.from_dict(data)

                return links_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaskQueueLinksType0 | Unset, data)

        links = _parse_links(d.pop("links", UNSET))

        task_queue = cls(
            account_sid=account_sid,
            sid=sid,
            url=url,
            workspace_sid=workspace_sid,
            assignment_activity_sid=assignment_activity_sid,
            assignment_activity_name=assignment_activity_name,
            date_created=date_created,
            date_updated=date_updated,
            friendly_name=friendly_name,
            max_reserved_workers=max_reserved_workers,
            reservation_activity_sid=reservation_activity_sid,
            reservation_activity_name=reservation_activity_name,
            target_workers=target_workers,
            task_order=task_order,
            links=links,
        )

        task_queue.additional_properties = d
        return task_queue

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
