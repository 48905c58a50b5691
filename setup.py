"""Package layout that pyproject.toml alone cannot say: the top-level resources/ folder ships
inside the wheel as the package desktop_ft.resources (read through importlib.resources, so the
same code works from a clone, an editable install, a wheel and a frozen bundle)."""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["desktop_ft", "desktop_ft.*"]), "desktop_ft.resources"],
    package_dir={"desktop_ft.resources": "resources"},
)
