"""Keep-together rules for the printout.

- `TabelAman`: a Table that, when it splits inside a row, leaves at least
  `potong_min` points (about three lines of cell text) of that row on BOTH pages;
  reportlab itself checks only the piece on the first page.
- `Penutup`: a table together with what must follow it on the same page (the
  signature block), or a table that ends before a page break. When the pair does
  not fit, the table is split so that the part carried over is at least
  `isi_min` high (three lines, or the whole last diktum) and, with what follows
  it, fills at least a quarter of a page; a signature never stands alone.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Table

# Retries of a split that left a piece too small: each moves the cut by the shortfall.
_COBA = 6


def _tinggi_kepala(t: Table) -> float:
    rr = t.repeatRows
    n = rr if isinstance(rr, int) else len(rr)
    heights = getattr(t, "_rowHeights", None) or []
    return float(sum(heights[:n]))


def _baris_terpotong(top: Table, rest: Table, total: int) -> bool:
    """True when the row at the cut appears in both parts (an in-row split)."""
    rr = top.repeatRows
    header = rr if isinstance(rr, int) else len(rr)
    n_top = len(top._cellvalues) - header  # type: ignore[attr-defined]
    n_rest = len(rest._cellvalues) - header  # type: ignore[attr-defined]
    return n_top + n_rest == total - header + 1


class TabelAman(Table):
    """A Table whose in-row splits leave no sliver of a row on either page."""

    potong_min: float = 0.0

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts = self._split_aman(availWidth, availHeight)
        for p in parts:
            if isinstance(p, TabelAman):
                p.potong_min = self.potong_min
        return parts

    def _split_aman(self, availWidth: float, availHeight: float) -> list[Flowable]:
        minimum = self.potong_min
        avail = availHeight
        parts: list[Flowable] = []
        for _ in range(_COBA):
            parts = self._split_sekali(availWidth, avail)
            if len(parts) != 2 or not minimum:
                return parts
            top, rest = parts
            assert isinstance(top, Table) and isinstance(rest, Table)
            if not _baris_terpotong(top, rest, len(self._cellvalues)):  # type: ignore[attr-defined]
                return parts
            rest.wrap(availWidth, 1e6)
            piece = rest._rowHeights[_jumlah_kepala(rest)]  # type: ignore[attr-defined]
            if piece >= minimum:
                return parts
            avail -= minimum - piece + 0.5
            if avail < minimum:
                break
        # No in-row cut leaves enough on both pages: cut between rows instead.
        return self._split_baris(availWidth, availHeight)

    def _split_sekali(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return list(Table.split(self, availWidth, availHeight))

    def _split_baris(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self._calc(availWidth, availHeight)  # type: ignore[attr-defined]
        return list(self._splitRows(availHeight, doInRowSplit=0))  # type: ignore[attr-defined]


def _jumlah_kepala(t: Table) -> int:
    rr = t.repeatRows
    return rr if isinstance(rr, int) else len(rr)


def tinggi_isi(t: Flowable, lebar: float) -> float:
    """Height of a table part without its repeated header rows."""
    h = t.wrap(lebar, 1e6)[1]
    if isinstance(t, Table):
        h -= _tinggi_kepala(t)
    return float(h)


class Penutup(Flowable):
    """`isi` (a table) drawn with `ekor` (flowables that must share its last page)."""

    def __init__(
        self,
        isi: Flowable,
        ekor: list[Flowable],
        *,
        isi_min: float,
        halaman_min: float,
        tinggi_frame: float,
    ) -> None:
        super().__init__()
        self.isi = isi
        self.ekor = ekor
        self.isi_min = isi_min
        self.halaman_min = halaman_min
        self.tinggi_frame = tinggi_frame
        self._tinggi: list[float] = []
        self.width = 0.0

    def _ikut(self, isi: Flowable) -> Penutup:
        return Penutup(
            isi,
            self.ekor,
            isi_min=self.isi_min,
            halaman_min=self.halaman_min,
            tinggi_frame=self.tinggi_frame,
        )

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._tinggi = [f.wrap(availWidth, availHeight)[1] for f in [self.isi, *self.ekor]]
        self.width = availWidth
        self.height = sum(self._tinggi)
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        if len(self._tinggi) != 1 + len(self.ekor) or self.width != availWidth:
            self.wrap(availWidth, availHeight)
        # Heights from the wrap platypus just made at this width (a table is costly).
        isi_h, ekor_h = self._tinggi[0], sum(self._tinggi[1:])
        # What must come over with the tail: three lines (or the last diktum), and
        # together with the tail a quarter page; never more than a page can hold.
        need = max(self.isi_min, self.halaman_min - ekor_h)
        need = min(need, self.tinggi_frame - ekor_h - _tinggi_kepala_f(self.isi))
        parts = self._potong(availWidth, min(availHeight, isi_h - need), need)
        if parts:
            return parts
        if availHeight >= self.tinggi_frame - 1:
            # A fresh page that cannot hold it all: split as well as it goes.
            parts = self.isi.split(availWidth, min(availHeight, isi_h - self.isi_min))
            if len(parts) == 2:
                return [parts[0], self._ikut(parts[1])]
            return [self.isi, *self.ekor]
        return []  # the whole of it moves to the next page

    def _potong(self, availWidth: float, avail: float, need: float) -> list[Flowable]:
        """[top, Penutup(rest)] with at least `need` of the table in rest, or []."""
        for _ in range(_COBA):
            if avail <= 0:
                return []
            parts = self.isi.split(availWidth, avail)
            if len(parts) != 2:
                return []
            top, rest = parts
            sisa = tinggi_isi(rest, availWidth)
            if sisa + 0.5 >= need:
                return [top, self._ikut(rest)]
            avail -= need - sisa + 0.5
        return []

    def draw(self) -> None:
        y = self.height
        for f, h in zip([self.isi, *self.ekor], self._tinggi, strict=True):
            y -= h
            f.drawOn(self.canv, 0, y)


def _tinggi_kepala_f(f: Flowable) -> float:
    return _tinggi_kepala(f) if isinstance(f, Table) else 0.0
