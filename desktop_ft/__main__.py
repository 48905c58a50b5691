"""`python -m desktop_ft` is the same as the `desktop-ft` console script."""

from desktop_ft.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
