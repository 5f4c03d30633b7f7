"""What produced this package. Written by the generator's post-hook scripts/postgen.py; do not edit."""

PACKAGE_VERSION = "0.4.1"
SPEC_SHA256 = "d5f7298ea83e9c2d3f52930b99bd81925bdaa08ba3ef1f7075229b2ddff35a0b"
SPEC_TITLE = "Twilio TaskRouter"
GENERATOR = "openapi-python-client"
GENERATOR_VERSION = "0.29.1"
FORMATTER = "ruff"
FORMATTER_VERSION = "0.17.6"
