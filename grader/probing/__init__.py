"""Host-side orchestration of the probes that run in the sidecar; results become findings."""
