export const USAGE = `presskit: PressKit Studio from the command line

Usage: presskit [--data-dir DIR] COMMAND [options]

Commands:
  import FILE... [--ref REF] [--lang fr|en|ru] [--on-clash next|skip|as REF]
                                                import communiqués (.md, .txt, .docx) or a colleague's bundle
                                                (.presskit.json, added to the archive); prints each new reference;
                                                --on-clash says what to do with a reference already filed in that language
  new --title T [--lang fr|en|ru] [--json]      create a release (numbered as the brand says: now, or on approval)
  list [--json]                                 list the releases in the archive
  show REF [--lang L] [--json]                  show one release (--lang picks the version when REF has several languages)
  translate REF --to fr|en|ru [--lang L] [--json]   create REF's version in another language (same reference),
                                                marked untranslated until each block is edited
  edit REF [--lang L] [--title T] [--date YYYY-MM-DD] [--place P] [--status S] [--set-lang L]
       [--embargo YYYY-MM-DDTHH:MM [--zone IANA] | --no-embargo] [--json]
                                                change a release (--lang picks the version, --set-lang changes
                                                its language); the embargo is read on the clocks of --zone
                                                (default: the embargo's zone, else the place's, else the office's)
  delete REF [--lang L]                         delete a release (one language version)
  spell REF [--lang L] [--json] [--no-suggestions]   the words of a release its language's dictionary does not know,
                                                where they are and what they might be (office words excepted)
  dictionary list|add WORD|remove WORD [--json] the office's own words (names, agencies) the spell check accepts
  approve REF [--lang L] [--by NAME] [--json]   approve a release as it is (kept with the approver and its PDF's hash)
  history REF [--lang L] [--json]               list its revisions: editing sessions, status changes, approvals, restores
  diff REF [--lang L] [--from REV] [--to REV|approved|current] [--json]
                                                what changed, word by word ([-deleted-] {+inserted+}); by default from
                                                the last approval (else the latest revision) to the current text
  restore-revision REF REV [--lang L]           bring a revision back, as a new revision
  contacts list [--json]                        list the press contacts
  kit create NAME --release REF... [--lang L] [--allow-untranslated] [kit options]   create a press kit from releases
  kit edit NAME [--name NEW] [--no-dates] [--no-photos] [kit options]   change a kit's event, repeats or photos page
                                                kit options: --event NAME (default: the kit's name), --place P,
                                                --from YYYY-MM-DD --to YYYY-MM-DD (the event's own dates: none unless
                                                given), --repeat-contacts, --repeat-boilerplate (print them again in
                                                each release; --no-… to stop), --photos (add the photos page), --json
  kit list [--json]                             list the press kits
  backup --out FILE.presskit.json               save the whole archive (releases, contacts, kits, brand, images)
  restore FILE.presskit.json                    replace the archive with a saved one
  demo [--out FILE.pdf]                         fill an empty archive with the demo (CP124-2019, its contacts, the MAKS 2019 kit);
                                                with --out, also export the MAKS 2019 kit to FILE.pdf
  export release REF [--lang L] --out FILE.pdf [PDF options]   typeset a release as a print-grade PDF
  export kit NAME --out FILE.pdf [PDF options]      typeset a whole press kit (cover, contents, releases, contacts)
                                                (both refuse a release marked untranslated without --allow-untranslated)
  export cards --out FILE.pdf [--contact EMAIL...]  business cards (85 x 55 mm) with a vCard QR code each
  export vcard --out FILE.vcf [--contact EMAIL...] [--vcard 3|4] [--lang fr|en|ru]
                                                save the press contacts as vCards: 3.0 unless --vcard 4, roles in
                                                the --lang language (default: the studio's), photos included
  export pack REF [--lang L] --out FILE.zip [--json]   the journalist pack: PDF, mail text and HTML, photos as their
  export pack --kit NAME --out FILE.zip         originals with captions.txt, contacts.vcf (a kit: every release's)

PDF options: --paper a4|letter, --bleed MM (0 to 10; grows the page and sets TrimBox/BleedBox), --crop-marks,
  --report (print layout figures as JSON: pages, lines, hyphenated and overfull lines, widows, orphans,
  word-space stretch, fonts, time in ms), --json (print { file, pages, bytes, warnings }). A release whose
  embargo has already lifted, photos without alt text and the words its dictionary does not know (export
  release) are warned of on stderr (and in the JSON's "warnings"); the PDF is still written. A progress bar is
  drawn on a terminal, nothing when piped. A release, or a kit holding one, that is not approved prints a
  "PROJET" / "DRAFT" / "ПРОЕКТ" watermark and a warning in the footer; --no-watermark (export release|kit)
  leaves them off.

Options:
  --data-dir DIR   the data folder (default: $PRESSKIT_DATA_DIR, else the app's own folder)
  --json           machine-readable output (see the README for its shape)
  -h, --help       this help

Exit codes: 0 done, 1 the input was refused (the message says why; nothing was changed), 2 wrong usage.
`;
