"""What produced this package. Written by the generator's post-hook scripts/postgen.py; do not edit."""

PACKAGE_VERSION = "0.4.0"
SPEC_SHA256 = "8c9f188d01f66c4b944a0dc4f95e6e57845e9695b2a167dc70b7570631f019fd"
SPEC_TITLE = "Twilio TaskRouter"
GENERATOR = "openapi-python-client"
GENERATOR_VERSION = "0.29.1"
FORMATTER = "ruff"
FORMATTER_VERSION = "0.17.6"
