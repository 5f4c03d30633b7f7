"""A client library for accessing Twilio TaskRouter Workflows"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
