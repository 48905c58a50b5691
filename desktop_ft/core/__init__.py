"""Plain-Python logic and vocabulary shared by every floor: no Qt, no torch at module level."""
