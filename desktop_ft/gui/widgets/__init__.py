"""Small reusable widgets: the copyable command line and the live plots."""
