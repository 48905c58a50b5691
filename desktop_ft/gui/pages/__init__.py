"""One page per step of the sidebar; each page is a plain QWidget built by main_window."""
