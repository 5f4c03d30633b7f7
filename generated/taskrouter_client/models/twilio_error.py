from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.twilio_error_details import TwilioErrorDetails


T = TypeVar("T", bound="TwilioError")


@_attrs_define
class TwilioError:
    """Twilio's error body. No field is required, so a partial body still parses; other shapes (RFC 9457 problem details)
    keep their fields as additional properties.

    """

    code: int | None | Unset = UNSET
    """ Twilio's error code, e.g. 20404. """
    message: None | str | Unset = UNSET
    """ What went wrong. """
    more_info: None | str | Unset = UNSET
    """ A page about the error code. """
    status: int | None | Unset = UNSET
    """ The HTTP status, repeated. """
    details: None | TwilioErrorDetails | Unset = UNSET
    """ More about the error, when Twilio has it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.twilio_error_details import TwilioErrorDetails  # noqa: PLC0415

        code: int | None | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        more_info: None | str | Unset
        if isinstance(self.more_info, Unset):
            more_info = UNSET
        else:
            more_info = self.more_info

        status: int | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        details: dict[str, Any] | None | Unset
        if isinstance(self.details, Unset):
            details = UNSET
        elif isinstance(self.details, TwilioErrorDetails):
            details = self.details.to_dict()
        else:
            details = self.details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if more_info is not UNSET:
            field_dict["more_info"] = more_info
        if status is not UNSET:
            field_dict["status"] = status
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.twilio_error_details import TwilioErrorDetails  # noqa: PLC0415

        d = dict(src_dict)
        code: int | None | Unset = d.pop("code", UNSET)

        message: None | str | Unset = d.pop("message", UNSET)

        more_info: None | str | Unset = d.pop("more_info", UNSET)

        status: int | None | Unset = d.pop("status", UNSET)

        def _parse_details(data: object) -> None | TwilioErrorDetails | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                details_type_0 = TwilioErrorDetails.from_dict(data)

                return details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TwilioErrorDetails | Unset, data)

        details = _parse_details(d.pop("details", UNSET))

        twilio_error = cls(
            code=code,
            message=message,
            more_info=more_info,
            status=status,
            details=details,
        )

        twilio_error.additional_properties = d
        return twilio_error

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
