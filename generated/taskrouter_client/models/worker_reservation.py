from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.worker_reservation_status import WorkerReservationStatus, check_worker_reservation_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.worker_reservation_links_type_0 import WorkerReservationLinksType0


T = TypeVar("T", bound="WorkerReservation")


@_attrs_define
class WorkerReservation:
    account_sid: str
    """ The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the WorkerReservation
    resource. """
    sid: str
    """ The unique string that we created to identify the WorkerReservation resource. """
    workspace_sid: str
    """ The SID of the Workspace that this worker is contained within. """
    url: str
    """ The absolute URL of the WorkerReservation resource. """
    date_created: datetime.datetime | None | Unset = UNSET
    """ The date and time in GMT when the resource was created specified in [ISO
    8601](https://en.wikipedia.org/wiki/ISO_8601) format. """
    date_updated: datetime.datetime | None | Unset = UNSET
    """ The date and time in GMT when the resource was last updated specified in [ISO
    8601](https://en.wikipedia.org/wiki/ISO_8601) format. """
    reservation_status: WorkerReservationStatus | Unset = UNSET
    """ The current status of the reservation. Can be: `pending`, `accepted`, `rejected`, `timeout`, `canceled`, or
    `rescinded`. """
    task_sid: None | str | Unset = UNSET
    """ The SID of the reserved Task resource. """
    worker_name: None | str | Unset = UNSET
    """ The `friendly_name` of the Worker that is reserved. """
    worker_sid: None | str | Unset = UNSET
    """ The SID of the reserved Worker resource. """
    links: None | Unset | WorkerReservationLinksType0 = UNSET
    """ The URLs of related resources. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.worker_reservation_links_type_0 import WorkerReservationLinksType0  # noqa: PLC0415

        account_sid = self.account_sid

        sid = self.sid

        workspace_sid = self.workspace_sid

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

        reservation_status: str | Unset = UNSET
        if not isinstance(self.reservation_status, Unset):
            reservation_status = self.reservation_status

        task_sid: None | str | Unset
        if isinstance(self.task_sid, Unset):
            task_sid = UNSET
        else:
            task_sid = self.task_sid

        worker_name: None | str | Unset
        if isinstance(self.worker_name, Unset):
            worker_name = UNSET
        else:
            worker_name = self.worker_name

        worker_sid: None | str | Unset
        if isinstance(self.worker_sid, Unset):
            worker_sid = UNSET
        else:
            worker_sid = self.worker_sid

        links: dict[str, Any] | None | Unset
        if isinstance(self.links, Unset):
            links = UNSET
        elif isinstance(self.links, WorkerReservationLinksType0):
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
        if date_created is not UNSET:
            field_dict["date_created"] = date_created
        if date_updated is not UNSET:
            field_dict["date_updated"] = date_updated
        if reservation_status is not UNSET:
            field_dict["reservation_status"] = reservation_status
        if task_sid is not UNSET:
            field_dict["task_sid"] = task_sid
        if worker_name is not UNSET:
            field_dict["worker_name"] = worker_name
        if worker_sid is not UNSET:
            field_dict["worker_sid"] = worker_sid
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.worker_reservation_links_type_0 import WorkerReservationLinksType0  # noqa: PLC0415

        d = dict(src_dict)
        account_sid = d.pop("account_sid")

        sid = d.pop("sid")

        workspace_sid = d.pop("workspace_sid")

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

        _reservation_status = d.pop("reservation_status", UNSET)
        reservation_status: WorkerReservationStatus | Unset
        if isinstance(_reservation_status, Unset):
            reservation_status = UNSET
        else:
            reservation_status = check_worker_reservation_status(_reservation_status)

        task_sid: None | str | Unset = d.pop("task_sid", UNSET)

        worker_name: None | str | Unset = d.pop("worker_name", UNSET)

        worker_sid: None | str | Unset = d.pop("worker_sid", UNSET)

        def _parse_links(data: object) -> None | Unset | WorkerReservationLinksType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                links_type_0 = WorkerReservationLinksType0.from_dict(data)

                return links_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkerReservationLinksType0, data)

        links = _parse_links(d.pop("links", UNSET))

        worker_reservation = cls(
            account_sid=account_sid,
            sid=sid,
            workspace_sid=workspace_sid,
            url=url,
            date_created=date_created,
            date_updated=date_updated,
            reservation_status=reservation_status,
            task_sid=task_sid,
            worker_name=worker_name,
            worker_sid=worker_sid,
            links=links,
        )

        worker_reservation.additional_properties = d
        return worker_reservation

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
