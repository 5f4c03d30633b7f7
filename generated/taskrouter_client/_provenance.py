"""What produced this package. Written by the generator's post-hook scripts/postgen.py; do not edit."""

PACKAGE_VERSION = "0.4.2"
SPEC_SHA256 = "1d2d7888db599d23ff8f15b01dad5b46eb7c32df2e8491b762ac0751e20509e1"
SPEC_TITLE = "Twilio TaskRouter"
GENERATOR = "openapi-python-client"
GENERATOR_VERSION = "0.29.1"
FORMATTER = "ruff"
FORMATTER_VERSION = "0.17.6"
