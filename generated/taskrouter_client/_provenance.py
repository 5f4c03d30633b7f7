"""What produced this package. Written by the generator's post-hook scripts/postgen.py; do not edit."""

PACKAGE_VERSION = "0.4.3"
SPEC_SHA256 = "3a15d95ff738d1d432561d2850abfe49d2e5580877836b7c25a3352895dc8e16"
SPEC_TITLE = "Twilio TaskRouter"
GENERATOR = "openapi-python-client"
GENERATOR_VERSION = "0.29.1"
FORMATTER = "ruff"
FORMATTER_VERSION = "0.17.6"
