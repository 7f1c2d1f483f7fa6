"""The one error type users see: its message is Indonesian and safe to show."""

from __future__ import annotations


class IkiError(Exception):
    """An error the user can cause and fix; `str(err)` is a complete Indonesian sentence."""

    def __init__(self, pesan: str, *, rincian: list[str] | None = None) -> None:
        super().__init__(pesan)
        self.pesan = pesan
        self.rincian = list(rincian or [])

    def __str__(self) -> str:
        if not self.rincian:
            return self.pesan
        lines = "\n".join(f"- {r}" for r in self.rincian[:20])
        more = len(self.rincian) - 20
        if more > 0:
            lines += f"\n- … dan {more} masalah lain"
        return f"{self.pesan}\n{lines}"


class DokumenTerkunci(IkiError):
    """Raised when anything tries to change a ditetapkan Dokumen."""

    def __init__(self, label: str = "") -> None:
        what = f"Dokumen {label} " if label else "Dokumen ini "
        super().__init__(
            f"{what}sudah ditetapkan sehingga tidak dapat diubah. "
            "Buat Perubahan (revisi) bila isinya perlu diganti."
        )
