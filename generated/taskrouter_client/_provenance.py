"""What produced this package. Written by the generator's post-hook scripts/postgen.py; do not edit."""

PACKAGE_VERSION = "0.1.0"
SPEC_SHA256 = "75f58dab15a0999cbeb0d136d6ac7299da311971e5932b2017fd4028cd1cbd7b"
SPEC_TITLE = "Twilio TaskRouter Workflows"
GENERATOR = "openapi-python-client"
GENERATOR_VERSION = "0.29.1"
FORMATTER = "ruff"
FORMATTER_VERSION = "0.17.6"
