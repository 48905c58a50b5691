"""Package layout that pyproject.toml alone cannot say: the top-level resources/ folder ships
inside the wheel as the package desktop_ft.resources (read through importlib.resources, so the
same code works from a clone, an editable install, a wheel and a frozen bundle). Its data
folders (samples/, icons/, translations/...) are named as namespace packages too, which is how
setuptools wants data folders inside a package declared; package-data in pyproject.toml says
which files ship."""

from setuptools import find_namespace_packages, find_packages, setup

DATA_FOLDERS = [f"desktop_ft.resources.{name}" for name in find_namespace_packages(
    where="resources", exclude=["__pycache__", "*.__pycache__"])]

setup(
    packages=[*find_packages(include=["desktop_ft", "desktop_ft.*"]), "desktop_ft.resources",
              *DATA_FOLDERS],
    package_dir={"desktop_ft.resources": "resources"},
)
