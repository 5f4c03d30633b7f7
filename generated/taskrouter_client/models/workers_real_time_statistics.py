from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkersRealTimeStatistics")


@_attrs_define
class WorkersRealTimeStatistics:
    account_sid: str
    """ The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Worker resource. """
    workspace_sid: str
    """ The SID of the Workspace that contains the Workers. """
    url: str
    """ The absolute URL of the Workers statistics resource. """
    activity_statistics: list[Any] | None | Unset = UNSET
    """ The number of current Workers by Activity. """
    total_workers: int | Unset = 0
    """ The total number of Workers. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_sid = self.account_sid

        workspace_sid = self.workspace_sid

        url = self.url

        activity_statistics: list[Any] | None | Unset
        if isinstance(self.activity_statistics, Unset):
            activity_statistics = UNSET
        elif isinstance(self.activity_statistics, list):
            activity_statistics = self.activity_statistics

        else:
            activity_statistics = self.activity_statistics

        total_workers = self.total_workers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_sid": account_sid,
                "workspace_sid": workspace_sid,
                "url": url,
            }
        )
        if activity_statistics is not UNSET:
            field_dict["activity_statistics"] = activity_statistics
        if total_workers is not UNSET:
            field_dict["total_workers"] = total_workers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_sid = d.pop("account_sid")

        workspace_sid = d.pop("workspace_sid")

        url = d.pop("url")

        def _parse_activity_statistics(data: object) -> list[Any] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                activity_statistics_type_0: list[Any] = data

                return activity_statistics_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | Unset, data)

        activity_statistics = _parse_activity_statistics(d.pop("activity_statistics", UNSET))

        total_workers = d.pop("total_workers", UNSET)

        workers_real_time_statistics = cls(
            account_sid=account_sid,
            workspace_sid=workspace_sid,
            url=url,
            activity_statistics=activity_statistics,
            total_workers=total_workers,
        )

        workers_real_time_statistics.additional_properties = d
        return workers_real_time_statistics

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
