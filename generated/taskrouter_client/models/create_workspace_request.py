from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workspace_queue_order import WorkspaceQueueOrder, check_workspace_queue_order
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateWorkspaceRequest")


@_attrs_define
class CreateWorkspaceRequest:
    friendly_name: str
    """ A descriptive string that you create to describe the Workspace resource. It can be up to 64 characters long.
    For example: `Customer Support` or `2014 Election Campaign`. """
    event_callback_url: str | Unset = UNSET
    """ The URL we should call when an event occurs. If provided, the Workspace will publish events to this URL, for
    example, to collect data for reporting. See [Workspace Events](https://www.twilio.com/docs/taskrouter/api/event)
    for more information. This parameter supports Twilio's [Webhooks (HTTP callbacks) Connection
    Overrides](https://www.twilio.com/docs/usage/webhooks/webhooks-connection-overrides). """
    events_filter: str | Unset = UNSET
    """ The list of Workspace events for which to call event_callback_url. For example, if
    `EventsFilter=task.created, task.canceled, worker.activity.update`, then TaskRouter will call event_callback_url
    only when a task is created, canceled, or a Worker activity is updated. """
    multi_task_enabled: bool | Unset = UNSET
    """ Whether to enable multi-tasking. Can be: `true` to enable multi-tasking, or `false` to disable it. However,
    all workspaces should be created as multi-tasking. The default is `true`. Multi-tasking allows Workers to handle
    multiple Tasks simultaneously. When enabled (`true`), each Worker can receive parallel reservations up to the
    per-channel maximums defined in the Workers section. In single-tasking mode (legacy mode), each Worker will only
    receive a new reservation when the previous task is completed. Learn more at
    [Multitasking](https://www.twilio.com/docs/taskrouter/multitasking). """
    template: str | Unset = UNSET
    """ An available template name. Can be: `NONE` or `FIFO` and the default is `NONE`. Pre-configures the Workspace
    with the Workflow and Activities specified in the template. `NONE` will create a Workspace with only a set of
    default activities. `FIFO` will configure TaskRouter with a set of default activities and a single TaskQueue for
    first-in, first-out distribution, which can be useful when you are getting started with TaskRouter. """
    prioritize_queue_order: WorkspaceQueueOrder | Unset = UNSET
    """ The type of TaskQueue to prioritize when Workers are receiving Tasks from both types of TaskQueues. Can be:
    `LIFO` or `FIFO` and the default is `FIFO`. For more information, see [Queue
    Ordering](https://www.twilio.com/docs/taskrouter/queue-ordering-last-first-out-lifo). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        friendly_name = self.friendly_name

        event_callback_url = self.event_callback_url

        events_filter = self.events_filter

        multi_task_enabled = self.multi_task_enabled

        template = self.template

        prioritize_queue_order: str | Unset = UNSET
        if not isinstance(self.prioritize_queue_order, Unset):
            prioritize_queue_order = self.prioritize_queue_order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "FriendlyName": friendly_name,
            }
        )
        if event_callback_url is not UNSET:
            field_dict["EventCallbackUrl"] = event_callback_url
        if events_filter is not UNSET:
            field_dict["EventsFilter"] = events_filter
        if multi_task_enabled is not UNSET:
            field_dict["MultiTaskEnabled"] = multi_task_enabled
        if template is not UNSET:
            field_dict["Template"] = template
        if prioritize_queue_order is not UNSET:
            field_dict["PrioritizeQueueOrder"] = prioritize_queue_order

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        friendly_name = d.pop("FriendlyName")

        event_callback_url = d.pop("EventCallbackUrl", UNSET)

        events_filter = d.pop("EventsFilter", UNSET)

        multi_task_enabled = d.pop("MultiTaskEnabled", UNSET)

        template = d.pop("Template", UNSET)

        _prioritize_queue_order = d.pop("PrioritizeQueueOrder", UNSET)
        prioritize_queue_order: WorkspaceQueueOrder | Unset
        if isinstance(_prioritize_queue_order, Unset):
            prioritize_queue_order = UNSET
        else:
            prioritize_queue_order = check_workspace_queue_order(_prioritize_queue_order)

        create_workspace_request = cls(
            friendly_name=friendly_name,
            event_callback_url=event_callback_url,
            events_filter=events_filter,
            multi_task_enabled=multi_task_enabled,
            template=template,
            prioritize_queue_order=prioritize_queue_order,
        )

        create_workspace_request.additional_properties = d
        return create_workspace_request

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
