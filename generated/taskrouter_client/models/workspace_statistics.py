from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkspaceStatistics")


@_attrs_define
class WorkspaceStatistics:
    account_sid: str
    """ The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Workspace resource.
    """
    workspace_sid: str
    """ The SID of the Workspace. """
    url: str
    """ The absolute URL of the Workspace statistics resource. """
    realtime: Any | Unset = UNSET
    """ An object that contains the real-time statistics for the Workspace. """
    cumulative: Any | Unset = UNSET
    """ An object that contains the cumulative statistics for the Workspace. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_sid = self.account_sid

        workspace_sid = self.workspace_sid

        url = self.url

        realtime = self.realtime

        cumulative = self.cumulative

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_sid": account_sid,
                "workspace_sid": workspace_sid,
                "url": url,
            }
        )
        if realtime is not UNSET:
            field_dict["realtime"] = realtime
        if cumulative is not UNSET:
            field_dict["cumulative"] = cumulative

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_sid = d.pop("account_sid")

        workspace_sid = d.pop("workspace_sid")

        url = d.pop("url")

        realtime = d.pop("realtime", UNSET)

        cumulative = d.pop("cumulative", UNSET)

        workspace_statistics = cls(
            account_sid=account_sid,
            workspace_sid=workspace_sid,
            url=url,
            realtime=realtime,
            cumulative=cumulative,
        )

        workspace_statistics.additional_properties = d
        return workspace_statistics

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
