from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskQueuesStatistics")


@_attrs_define
class TaskQueuesStatistics:
    account_sid: str
    """ The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the TaskQueue resource.
    """
    workspace_sid: str
    """ The SID of the Workspace that contains the TaskQueues. """
    cumulative: Any | Unset = UNSET
    """ An object that contains the cumulative statistics for the TaskQueues. """
    realtime: Any | Unset = UNSET
    """ An object that contains the real-time statistics for the TaskQueues. """
    task_queue_sid: None | str | Unset = UNSET
    """ The SID of the TaskQueue from which these statistics were calculated. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_sid = self.account_sid

        workspace_sid = self.workspace_sid

        cumulative = self.cumulative

        realtime = self.realtime

        task_queue_sid: None | str | Unset
        if isinstance(self.task_queue_sid, Unset):
            task_queue_sid = UNSET
        else:
            task_queue_sid = self.task_queue_sid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_sid": account_sid,
                "workspace_sid": workspace_sid,
            }
        )
        if cumulative is not UNSET:
            field_dict["cumulative"] = cumulative
        if realtime is not UNSET:
            field_dict["realtime"] = realtime
        if task_queue_sid is not UNSET:
            field_dict["task_queue_sid"] = task_queue_sid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_sid = d.pop("account_sid")

        workspace_sid = d.pop("workspace_sid")

        cumulative = d.pop("cumulative", UNSET)

        realtime = d.pop("realtime", UNSET)

        task_queue_sid: None | str | Unset = d.pop("task_queue_sid", UNSET)

        task_queues_statistics = cls(
            account_sid=account_sid,
            workspace_sid=workspace_sid,
            cumulative=cumulative,
            realtime=realtime,
            task_queue_sid=task_queue_sid,
        )

        task_queues_statistics.additional_properties = d
        return task_queues_statistics

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
