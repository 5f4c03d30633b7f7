from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PageMeta")


@_attrs_define
class PageMeta:
    """Where a page sits in its list; next_page_url is null on the last page."""

    first_page_url: str
    """ The first page of the list. """
    key: str
    """ The attribute of the page that holds its items. """
    next_page_url: None | str
    """ The next page, or null on the last page. """
    page: int
    """ The index of this page. """
    page_size: int
    """ How many items a page holds. """
    previous_page_url: None | str
    """ The previous page, or null on the first. """
    url: str
    """ This page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_page_url = self.first_page_url

        key = self.key

        next_page_url: None | str
        next_page_url = self.next_page_url

        page = self.page

        page_size = self.page_size

        previous_page_url: None | str
        previous_page_url = self.previous_page_url

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "first_page_url": first_page_url,
                "key": key,
                "next_page_url": next_page_url,
                "page": page,
                "page_size": page_size,
                "previous_page_url": previous_page_url,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        first_page_url = d.pop("first_page_url")

        key = d.pop("key")

        next_page_url: None | str = d.pop("next_page_url")

        page = d.pop("page")

        page_size = d.pop("page_size")

        previous_page_url: None | str = d.pop("previous_page_url")

        url = d.pop("url")

        page_meta = cls(
            first_page_url=first_page_url,
            key=key,
            next_page_url=next_page_url,
            page=page,
            page_size=page_size,
            previous_page_url=previous_page_url,
            url=url,
        )

        page_meta.additional_properties = d
        return page_meta

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
