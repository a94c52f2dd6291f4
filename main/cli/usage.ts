export const USAGE = `presskit: PressKit Studio from the command line

Usage: presskit [--data-dir DIR] COMMAND [options]

Commands:
  import FILE... [--ref REF] [--lang fr|en|ru]   import communiqués (.md, .txt, .docx) or a colleague's bundle
                                                (.presskit.json, added to the archive); prints each new reference
  list [--json]                                 list the releases in the archive
  show REF [--lang L] [--json]                  show one release (--lang picks the version when REF has several languages)
  delete REF [--lang L]                         delete a release (one language version)
  translate REF --to fr|en|ru [--lang L] [--json]   create REF's version in another language (same reference),
                                                marked untranslated until each block is edited
  contacts list [--json]                        list the press contacts
  kit create NAME --release REF... [--lang L] [--allow-untranslated]   create a press kit from releases
  kit list [--json]                             list the press kits
  backup --out FILE.presskit.json               save the whole archive (releases, contacts, kits, brand, images)
  restore FILE.presskit.json                    replace the archive with a saved one
  demo [--out FILE.pdf]                         fill an empty archive with the demo (CP124-2019, its contacts, the MAKS 2019 kit);
                                                with --out, also export the MAKS 2019 kit to FILE.pdf
  export release REF [--lang L] --out FILE.pdf [PDF options]   typeset a release as a print-grade PDF
  export kit NAME --out FILE.pdf [PDF options]      typeset a whole press kit (cover, contents, releases, contacts)
                                                (both refuse a release marked untranslated without --allow-untranslated)
  export cards --out FILE.pdf [--contact EMAIL...]  business cards (85 x 55 mm) with a vCard QR code each
  export vcard --out FILE.vcf [--contact EMAIL...]  save the press contacts as vCards

PDF options: --paper a4|letter, --bleed MM (0 to 10; grows the page and sets TrimBox/BleedBox), --crop-marks,
  --report (print layout figures as JSON: pages, lines, hyphenated and overfull lines, widows, orphans,
  word-space stretch, fonts, time in ms). A progress bar is drawn on a terminal, nothing when piped.

Options:
  --data-dir DIR   the data folder (default: $PRESSKIT_DATA_DIR, else the app's own folder)
  --json           machine-readable output (see the README for its shape)
  -h, --help       this help

Exit codes: 0 done, 1 the input was refused (the message says why; nothing was changed), 2 wrong usage.
`;
