from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_status import TaskStatus, check_task_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_links_type_0 import TaskLinksType0


T = TypeVar("T", bound="Task")


@_attrs_define
class Task:
    account_sid: str
    """ The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Task resource. """
    sid: str
    """ The unique string that we created to identify the Task resource. """
    workspace_sid: str
    """ The SID of the Workspace that contains the Task. """
    url: str
    """ The absolute URL of the Task resource. """
    age: int | Unset = 0
    """ The number of seconds since the Task was created. """
    assignment_status: TaskStatus | Unset = UNSET
    """ The current status of the Task's assignment. Can be: `pending`, `reserved`, `assigned`, `canceled`,
    `wrapping`, or `completed`. """
    attributes: None | str | Unset = UNSET
    """ The JSON string with custom attributes of the work. **Note** If this property has been assigned a value, it
    will only be displayed in FETCH action that returns a single resource. Otherwise, it will be null. """
    addons: None | str | Unset = UNSET
    """ An object that contains the [Add-on](https://www.twilio.com/docs/add-ons) data for all installed Add-ons.
    """
    date_created: datetime.datetime | None | Unset = UNSET
    """ The date and time in GMT when the resource was created specified in [ISO
    8601](https://en.wikipedia.org/wiki/ISO_8601) format. """
    date_updated: datetime.datetime | None | Unset = UNSET
    """ The date and time in GMT when the resource was last updated specified in [ISO
    8601](https://en.wikipedia.org/wiki/ISO_8601) format. """
    task_queue_entered_date: datetime.datetime | None | Unset = UNSET
    """ The date and time in GMT when the Task entered the TaskQueue, specified in [ISO
    8601](https://en.wikipedia.org/wiki/ISO_8601) format. """
    priority: int | Unset = 0
    """ The current priority score of the Task as assigned to a Worker by the workflow. Tasks with higher priority
    values will be assigned before Tasks with lower values. """
    reason: None | str | Unset = UNSET
    """ The reason the Task was canceled or completed, if applicable. """
    task_queue_sid: None | str | Unset = UNSET
    """ The SID of the TaskQueue. """
    task_queue_friendly_name: None | str | Unset = UNSET
    """ The friendly name of the TaskQueue. """
    task_channel_sid: None | str | Unset = UNSET
    """ The SID of the TaskChannel. """
    task_channel_unique_name: None | str | Unset = UNSET
    """ The unique name of the TaskChannel. """
    timeout: int | Unset = 0
    """ The amount of time in seconds that the Task can live before being assigned. """
    workflow_sid: None | str | Unset = UNSET
    """ The SID of the Workflow that is controlling the Task. """
    workflow_friendly_name: None | str | Unset = UNSET
    """ The friendly name of the Workflow that is controlling the Task. """
    links: None | TaskLinksType0 | Unset = UNSET
    """ The URLs of related resources. """
    virtual_start_time: datetime.datetime | None | Unset = UNSET
    """ The date and time in GMT indicating the ordering for routing of the Task specified in [ISO
    8601](https://en.wikipedia.org/wiki/ISO_8601) format. """
    ignore_capacity: bool | None | Unset = UNSET
    """ A boolean that indicates if the Task should respect a Worker's capacity and availability during assignment.
    This field can only be used when the `RoutingTarget` field is set to a Worker SID. By setting `IgnoreCapacity`
    to a value of `true`, `1`, or `yes`, the Task will be routed to the Worker without respecting their capacity and
    availability. Any other value will enforce the Worker's capacity and availability. The default value of
    `IgnoreCapacity` is `true` when the `RoutingTarget` is set to a Worker SID.  """
    routing_target: None | str | Unset = UNSET
    """ A SID of a Worker, Queue, or Workflow to route a Task to """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.task_links_type_0 import TaskLinksType0  # noqa: PLC0415

        account_sid = self.account_sid

        sid = self.sid

        workspace_sid = self.workspace_sid

        url = self.url

        age = self.age

        assignment_status: str | Unset = UNSET
        if not isinstance(self.assignment_status, Unset):
            assignment_status = self.assignment_status

        attributes: None | str | Unset
        if isinstance(self.attributes, Unset):
            attributes = UNSET
        else:
            attributes = self.attributes

        addons: None | str | Unset
        if isinstance(self.addons, Unset):
            addons = UNSET
        else:
            addons = self.addons

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

        task_queue_entered_date: None | str | Unset
        if isinstance(self.task_queue_entered_date, Unset):
            task_queue_entered_date = UNSET
        elif isinstance(self.task_queue_entered_date, datetime.datetime):
            task_queue_entered_date = self.task_queue_entered_date.isoformat()
        else:
            task_queue_entered_date = self.task_queue_entered_date

        priority = self.priority

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        task_queue_sid: None | str | Unset
        if isinstance(self.task_queue_sid, Unset):
            task_queue_sid = UNSET
        else:
            task_queue_sid = self.task_queue_sid

        task_queue_friendly_name: None | str | Unset
        if isinstance(self.task_queue_friendly_name, Unset):
            task_queue_friendly_name = UNSET
        else:
            task_queue_friendly_name = self.task_queue_friendly_name

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

        timeout = self.timeout

        workflow_sid: None | str | Unset
        if isinstance(self.workflow_sid, Unset):
            workflow_sid = UNSET
        else:
            workflow_sid = self.workflow_sid

        workflow_friendly_name: None | str | Unset
        if isinstance(self.workflow_friendly_name, Unset):
            workflow_friendly_name = UNSET
        else:
            workflow_friendly_name = self.workflow_friendly_name

        links: dict[str, Any] | None | Unset
        if isinstance(self.links, Unset):
            links = UNSET
        elif isinstance(self.links, TaskLinksType0):
            links = self.links.to_dict()
        else:
            links = self.links

        virtual_start_time: None | str | Unset
        if isinstance(self.virtual_start_time, Unset):
            virtual_start_time = UNSET
        elif isinstance(self.virtual_start_time, datetime.datetime):
            virtual_start_time = self.virtual_start_time.isoformat()
        else:
            virtual_start_time = self.virtual_start_time

        ignore_capacity: bool | None | Unset
        if isinstance(self.ignore_capacity, Unset):
            ignore_capacity = UNSET
        else:
            ignore_capacity = self.ignore_capacity

        routing_target: None | str | Unset
        if isinstance(self.routing_target, Unset):
            routing_target = UNSET
        else:
            routing_target = self.routing_target

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
        if age is not UNSET:
            field_dict["age"] = age
        if assignment_status is not UNSET:
            field_dict["assignment_status"] = assignment_status
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if addons is not UNSET:
            field_dict["addons"] = addons
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if date_updated is not UNSET:
            field_dict["date_updated"] = date_updated
        if task_queue_entered_date is not UNSET:
            field_dict["task_queue_entered_date"] = task_queue_entered_date
        if priority is not UNSET:
            field_dict["priority"] = priority
        if reason is not UNSET:
            field_dict["reason"] = reason
        if task_queue_sid is not UNSET:
            field_dict["task_queue_sid"] = task_queue_sid
        if task_queue_friendly_name is not UNSET:
            field_dict["task_queue_friendly_name"] = task_queue_friendly_name
        if task_channel_sid is not UNSET:
            field_dict["task_channel_sid"] = task_channel_sid
        if task_channel_unique_name is not UNSET:
            field_dict["task_channel_unique_name"] = task_channel_unique_name
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if workflow_sid is not UNSET:
            field_dict["workflow_sid"] = workflow_sid
        if workflow_friendly_name is not UNSET:
            field_dict["workflow_friendly_name"] = workflow_friendly_name
        if links is not UNSET:
            field_dict["links"] = links
        if virtual_start_time is not UNSET:
            field_dict["virtual_start_time"] = virtual_start_time
        if ignore_capacity is not UNSET:
            field_dict["ignore_capacity"] = ignore_capacity
        if routing_target is not UNSET:
            field_dict["routing_target"] = routing_target

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.task_links_type_0 import TaskLinksType0  # noqa: PLC0415

        d = dict(src_dict)
        account_sid = d.pop("account_sid")

        sid = d.pop("sid")

        workspace_sid = d.pop("workspace_sid")

        url = d.pop("url")

        age = d.pop("age", UNSET)

        _assignment_status = d.pop("assignment_status", UNSET)
        assignment_status: TaskStatus | Unset
        if isinstance(_assignment_status, Unset):
            assignment_status = UNSET
        else:
            assignment_status = check_task_status(_assignment_status)

        attributes: None | str | Unset = d.pop("attributes", UNSET)

        addons: None | str | Unset = d.pop("addons", UNSET)

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

        def _parse_task_queue_entered_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                task_queue_entered_date_type_0 = datetime.datetime.fromisoformat(data)

                return task_queue_entered_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        task_queue_entered_date = _parse_task_queue_entered_date(d.pop("task_queue_entered_date", UNSET))

        priority = d.pop("priority", UNSET)

        reason: None | str | Unset = d.pop("reason", UNSET)

        task_queue_sid: None | str | Unset = d.pop("task_queue_sid", UNSET)

        task_queue_friendly_name: None | str | Unset = d.pop("task_queue_friendly_name", UNSET)

        task_channel_sid: None | str | Unset = d.pop("task_channel_sid", UNSET)

        task_channel_unique_name: None | str | Unset = d.pop("task_channel_unique_name", UNSET)

        timeout = d.pop("timeout", UNSET)

        workflow_sid: None | str | Unset = d.pop("workflow_sid", UNSET)

        workflow_friendly_name: None | str | Unset = d.pop("workflow_friendly_name", UNSET)

        def _parse_links(data: object) -> None | TaskLinksType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                links_type_0 = TaskLinksType0.from_dict(data)

                return links_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaskLinksType0 | Unset, data)

        links = _parse_links(d.pop("links", UNSET))

        def _parse_virtual_start_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                virtual_start_time_type_0 = datetime.datetime.fromisoformat(data)

                return virtual_start_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        virtual_start_time = _parse_virtual_start_time(d.pop("virtual_start_time", UNSET))

        ignore_capacity: bool | None | Unset = d.pop("ignore_capacity", UNSET)

        routing_target: None | str | Unset = d.pop("routing_target", UNSET)

        task = cls(
            account_sid=account_sid,
            sid=sid,
            workspace_sid=workspace_sid,
            url=url,
            age=age,
            assignment_status=assignment_status,
            attributes=attributes,
            addons=addons,
            date_created=date_created,
            date_updated=date_updated,
            task_queue_entered_date=task_queue_entered_date,
            priority=priority,
            reason=reason,
            task_queue_sid=task_queue_sid,
            task_queue_friendly_name=task_queue_friendly_name,
            task_channel_sid=task_channel_sid,
            task_channel_unique_name=task_channel_unique_name,
            timeout=timeout,
            workflow_sid=workflow_sid,
            workflow_friendly_name=workflow_friendly_name,
            links=links,
            virtual_start_time=virtual_start_time,
            ignore_capacity=ignore_capacity,
            routing_target=routing_target,
        )

        task.additional_properties = d
        return task

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
