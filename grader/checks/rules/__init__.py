"""One module per family of rules; each module registers its rules when imported."""
