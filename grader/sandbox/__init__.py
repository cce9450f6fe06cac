"""Everything that touches the Docker engine: builds, containers, clean-up."""
