from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.page_meta import PageMeta
    from ..models.worker_reservation import WorkerReservation


T = TypeVar("T", bound="WorkerReservationPage")


@_attrs_define
class WorkerReservationPage:
    """One page of WorkerReservation resources."""

    reservations: list[WorkerReservation]
    meta: PageMeta
    """ Where a page sits in its list; next_page_url is null on the last page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reservations = []
        for reservations_item_data in self.reservations:
            reservations_item = reservations_item_data.to_dict()
            reservations.append(reservations_item)

        meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reservations": reservations,
                "meta": meta,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.page_meta import PageMeta  # noqa: PLC0415
        from ..models.worker_reservation import WorkerReservation  # noqa: PLC0415

        d = dict(src_dict)
        reservations = []
        _reservations = d.pop("reservations")
        for reservations_item_data in _reservations:
            reservations_item = WorkerReservation.from_dict(reservations_item_data)

            reservations.append(reservations_item)

        meta = PageMeta.from_dict(d.pop("meta"))

        worker_reservation_page = cls(
            reservations=reservations,
            meta=meta,
        )

        worker_reservation_page.additional_properties = d
        return worker_reservation_page

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
