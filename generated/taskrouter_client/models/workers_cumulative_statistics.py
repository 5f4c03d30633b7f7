from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkersCumulativeStatistics")


@_attrs_define
class WorkersCumulativeStatistics:
    account_sid: str
    """ The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Worker resource. """
    workspace_sid: str
    """ The SID of the Workspace that contains the Workers. """
    url: str
    """ The absolute URL of the Workers statistics resource. """
    start_time: datetime.datetime | None | Unset = UNSET
    """ The beginning of the interval during which these statistics were calculated, in [ISO
    8601](https://en.wikipedia.org/wiki/ISO_8601) format. """
    end_time: datetime.datetime | None | Unset = UNSET
    """ The end of the interval during which these statistics were calculated, in [ISO
    8601](https://en.wikipedia.org/wiki/ISO_8601) format. """
    activity_durations: list[Any] | None | Unset = UNSET
    """ The minimum, average, maximum, and total time (in seconds) that Workers spent in each Activity. """
    reservations_created: int | Unset = 0
    """ The total number of Reservations that were created. """
    reservations_accepted: int | Unset = 0
    """ The total number of Reservations that were accepted. """
    reservations_rejected: int | Unset = 0
    """ The total number of Reservations that were rejected. """
    reservations_timed_out: int | Unset = 0
    """ The total number of Reservations that were timed out. """
    reservations_canceled: int | Unset = 0
    """ The total number of Reservations that were canceled. """
    reservations_rescinded: int | Unset = 0
    """ The total number of Reservations that were rescinded. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_sid = self.account_sid

        workspace_sid = self.workspace_sid

        url = self.url

        start_time: None | str | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        elif isinstance(self.start_time, datetime.datetime):
            start_time = self.start_time.isoformat()
        else:
            start_time = self.start_time

        end_time: None | str | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        elif isinstance(self.end_time, datetime.datetime):
            end_time = self.end_time.isoformat()
        else:
            end_time = self.end_time

        activity_durations: list[Any] | None | Unset
        if isinstance(self.activity_durations, Unset):
            activity_durations = UNSET
        elif isinstance(self.activity_durations, list):
            activity_durations = self.activity_durations

        else:
            activity_durations = self.activity_durations

        reservations_created = self.reservations_created

        reservations_accepted = self.reservations_accepted

        reservations_rejected = self.reservations_rejected

        reservations_timed_out = self.reservations_timed_out

        reservations_canceled = self.reservations_canceled

        reservations_rescinded = self.reservations_rescinded

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_sid": account_sid,
                "workspace_sid": workspace_sid,
                "url": url,
            }
        )
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if activity_durations is not UNSET:
            field_dict["activity_durations"] = activity_durations
        if reservations_created is not UNSET:
            field_dict["reservations_created"] = reservations_created
        if reservations_accepted is not UNSET:
            field_dict["reservations_accepted"] = reservations_accepted
        if reservations_rejected is not UNSET:
            field_dict["reservations_rejected"] = reservations_rejected
        if reservations_timed_out is not UNSET:
            field_dict["reservations_timed_out"] = reservations_timed_out
        if reservations_canceled is not UNSET:
            field_dict["reservations_canceled"] = reservations_canceled
        if reservations_rescinded is not UNSET:
            field_dict["reservations_rescinded"] = reservations_rescinded

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_sid = d.pop("account_sid")

        workspace_sid = d.pop("workspace_sid")

        url = d.pop("url")

        def _parse_start_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_time_type_0 = datetime.datetime.fromisoformat(data)

                return start_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        start_time = _parse_start_time(d.pop("start_time", UNSET))

        def _parse_end_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_time_type_0 = datetime.datetime.fromisoformat(data)

                return end_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        end_time = _parse_end_time(d.pop("end_time", UNSET))

        def _parse_activity_durations(data: object) -> list[Any] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                activity_durations_type_0: list[Any] = data

                return activity_durations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | Unset, data)

        activity_durations = _parse_activity_durations(d.pop("activity_durations", UNSET))

        reservations_created = d.pop("reservations_created", UNSET)

        reservations_accepted = d.pop("reservations_accepted", UNSET)

        reservations_rejected = d.pop("reservations_rejected", UNSET)

        reservations_timed_out = d.pop("reservations_timed_out", UNSET)

        reservations_canceled = d.pop("reservations_canceled", UNSET)

        reservations_rescinded = d.pop("reservations_rescinded", UNSET)

        workers_cumulative_statistics = cls(
            account_sid=account_sid,
            workspace_sid=workspace_sid,
            url=url,
            start_time=start_time,
            end_time=end_time,
            activity_durations=activity_durations,
            reservations_created=reservations_created,
            reservations_accepted=reservations_accepted,
            reservations_rejected=reservations_rejected,
            reservations_timed_out=reservations_timed_out,
            reservations_canceled=reservations_canceled,
            reservations_rescinded=reservations_rescinded,
        )

        workers_cumulative_statistics.additional_properties = d
        return workers_cumulative_statistics

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
