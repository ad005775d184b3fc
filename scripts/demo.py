"""`make demo`: panoramas to a VR space against the local sandbox, start to finish.

Starts the sandbox (with its moto S3), draws a few small equirectangular JPEGs in a temporary
folder, runs `vrlive pano2vr` on them with the sandbox's settings, and stops the servers. The
VR URL is the last line printed.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image, ImageDraw

ROOMS = ("entrance", "living-room", "kitchen", "balcony")
VRLIVE = Path(sys.executable).parent / "vrlive"


def draw_panoramas(folder: Path) -> None:
    """Equirectangular (2:1) JPEGs: a horizon, a sky and a label, one per room."""
    folder.mkdir()
    for index, room in enumerate(ROOMS):
        image = Image.new("RGB", (1024, 512), (70 + 40 * index, 140, 210))
        draw = ImageDraw.Draw(image)
        draw.rectangle((0, 256, 1024, 512), fill=(120, 100 + 20 * index, 80))
        draw.text((480, 240), room, fill=(255, 255, 255))
        image.save(folder / f"{room}.jpg", quality=85)


def main() -> int:
    sandbox = subprocess.Popen(
        [VRLIVE, "sandbox", "--json", "--task-seconds", "1", "2"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert sandbox.stdout is not None
        info = json.loads(sandbox.stdout.readline())
        print(f"sandbox: API at {info['api']}, S3 (moto) at {info['s3']}", file=sys.stderr, flush=True)
        with tempfile.TemporaryDirectory(prefix="vrlive-demo-") as work:
            panoramas = Path(work) / "showroom"
            draw_panoramas(panoramas)
            command: list[str | Path] = [VRLIVE, "pano2vr", panoramas, "--interval", "1"]
            print("$ vrlive pano2vr", panoramas, file=sys.stderr, flush=True)
            return subprocess.run(
                command, cwd=work, env={**os.environ, **info["environment"]}, check=False
            ).returncode
    finally:
        sandbox.send_signal(signal.SIGTERM)
        sandbox.wait(timeout=30)


if __name__ == "__main__":
    sys.exit(main())
