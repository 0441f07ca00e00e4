#!/usr/bin/env python3
"""Makes the Chinese faces of the documents: Noto Sans CJK SC, regular and bold, cut down to
the characters Convene's documents need, so the binary stays small and still renders Chinese
with no font installed.

Run from the repository root (Debian's fonts-noto-cjk and PyPI's fonttools installed):

    python3 crates/documents/fonts/subset.py

The regular face keeps, in one character list (fonts/cjk-characters.txt, committed so a
change shows in a diff):

- the 3,755 Han characters of GB2312 level 1, the most common ones of simplified Chinese, for
  what people type (titles, credit-note reasons);
- every Han character of the Chinese Fluent files (crates/i18n/locales/zh/*.ftl) and of the
  demo venue (crates/app/demo/venue.toml): names of rooms, units, items and missions;
- CJK symbols and punctuation (U+3000-U+303F), full-width forms (U+FF00-U+FFEF), ASCII.

The bold face, used only for the documents' headings and labels, keeps the second and third
groups (fonts/cjk-bold-characters.txt); a bold character it lacks falls back to the regular
face. That keeps both under 1.8 MB together instead of 3.1 MB.

Then, for each face, the exact command it runs is:

    pyftsubset /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc --font-number=2 \
        --text-file=crates/documents/fonts/cjk-characters.txt \
        --layout-features='*' --no-hinting \
        --output-file=crates/documents/fonts/NotoSansCJKsc-Regular-subset.otf

(and the same with NotoSansCJK-Bold.ttc and cjk-bold-characters.txt into
NotoSansCJKsc-Bold-subset.otf). Face 2 of the collections is "Noto Sans CJK SC". The test `cjk_subset_covers_the_chinese_texts` fails when a
Chinese text gains a character the subset lacks: run this script again and commit the result.
"""

import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[3]
FONTS = ROOT / "crates/documents/fonts"
SOURCES = [ROOT / "crates/i18n/locales/zh", ROOT / "crates/app/demo/venue.toml"]
# (collection, output, character list, whether the list holds GB2312 level 1)
FACES = [
    (
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
        "NotoSansCJKsc-Regular-subset.otf",
        "cjk-characters.txt",
        True,
    ),
    (
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
        "NotoSansCJKsc-Bold-subset.otf",
        "cjk-bold-characters.txt",
        False,
    ),
]
SC_FACE = 2


def is_han(char: str) -> bool:
    code = ord(char)
    return 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0xF900 <= code <= 0xFAFF


def gb2312_level_1() -> set[str]:
    chars = set()
    for row in range(0xB0, 0xD8):
        for cell in range(0xA1, 0xFF):
            try:
                chars.add(bytes([row, cell]).decode("gb2312"))
            except UnicodeDecodeError:
                pass  # row 0xD7 ends at 0xF9
    return chars


def source_texts() -> str:
    texts = []
    for source in SOURCES:
        if not source.exists():
            sys.exit(f"subset.py: {source} is gone; update SOURCES (and the test's list)")
        files = sorted(source.glob("*.ftl")) if source.is_dir() else [source]
        texts.extend(path.read_text(encoding="utf-8") for path in files)
    return "".join(texts)


def main() -> None:
    needed = {char for char in source_texts() if is_han(char)}
    needed |= {chr(code) for code in range(0x3000, 0x3040)}
    needed |= {chr(code) for code in range(0xFF00, 0xFFF0)}
    needed |= {chr(code) for code in range(0x20, 0x7F)}
    for collection, output, listing, common in FACES:
        chars = needed | gb2312_level_1() if common else needed
        listing = FONTS / listing
        listing.write_text("".join(sorted(chars)) + "\n", encoding="utf-8")
        subprocess.run(
            [
                "pyftsubset",
                collection,
                f"--font-number={SC_FACE}",
                f"--text-file={listing}",
                "--layout-features=*",
                "--no-hinting",
                f"--output-file={FONTS / output}",
            ],
            check=True,
        )
        print(f"{output}: {(FONTS / output).stat().st_size} bytes")


if __name__ == "__main__":
    main()
