"""Draw the program icon: resources/icons/iki-desktop.png (256 px) and .ico (16-256 px).

Run once after changing the design; the outputs are committed, the build does not need Pillow
to run this. A white page with a table on a blue tile reads as "a document with rows" even
at 16 px, where any lettering would blur.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "icons"
SIZES = [16, 20, 24, 32, 40, 48, 64, 128, 256]

BIRU = (31, 95, 168, 255)
BIRU_TUA = (20, 66, 120, 255)
PUTIH = (255, 255, 255, 255)
GARIS = (120, 140, 165, 255)
HIJAU = (46, 160, 90, 255)


def gambar(size: int) -> Image.Image:
    """Draw at 4x and shrink, so edges are smooth at every size."""
    s = size * 4
    img = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    u = s / 32  # one unit of a 32-unit grid
    d.rounded_rectangle((0, 0, s - 1, s - 1), radius=6 * u, fill=BIRU)
    d.rounded_rectangle((0, 20 * u, s - 1, s - 1), radius=6 * u, fill=BIRU_TUA)
    d.rectangle((0, 20 * u, s - 1, 26 * u), fill=BIRU_TUA)
    # The page with a folded corner.
    x0, y0, x1, y1, lipat = 8 * u, 5 * u, 24 * u, 28 * u, 5 * u
    d.polygon([(x0, y0), (x1 - lipat, y0), (x1, y0 + lipat), (x1, y1), (x0, y1)], fill=PUTIH)
    d.polygon([(x1 - lipat, y0), (x1 - lipat, y0 + lipat), (x1, y0 + lipat)], fill=GARIS)
    # Table rows; small sizes get fewer, thicker rows so they stay visible.
    rows = 3 if size <= 24 else 4
    tebal = max(u * 1.4, 4) if size <= 24 else u
    top, bottom = 12 * u, 25 * u
    for i in range(rows):
        y = top + i * (bottom - top) / (rows - 1 if rows > 1 else 1)
        d.rectangle((x0 + 2.5 * u, y, x1 - 2.5 * u, y + tebal), fill=GARIS)
    if size >= 32:
        d.rectangle((x0 + 6.5 * u, top, x0 + 6.5 * u + u * 0.8, bottom + u), fill=GARIS)
    # A green tick: the table is checked.
    d.line(
        [(17 * u, 8.5 * u), (19 * u, 10.5 * u), (23 * u, 6 * u)],
        fill=HIJAU,
        width=int(max(2.2 * u, 6)),
        joint="curve",
    )
    return img.resize((size, size), Image.Resampling.LANCZOS)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    images = [gambar(n) for n in SIZES]
    images[-1].save(OUT / "iki-desktop.png", optimize=True)
    images[-1].save(OUT / "iki-desktop.ico", sizes=[(n, n) for n in SIZES], append_images=images)
    print(f"{OUT / 'iki-desktop.ico'}: {', '.join(str(n) for n in SIZES)} px")


if __name__ == "__main__":
    main()
