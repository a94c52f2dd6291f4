/**
 * The shell's words in French, set as the studio sets them: a no-break space before ':', a narrow
 * no-break space before ';', '!', '?' and inside « ». 0 and 1 take the singular.
 */
import type { ArchiveCounts, ShellWords } from './shell-words';

const NBSP = '\u00a0';
const NNBSP = '\u202f';
const quoted = (text: string): string => `«${NNBSP}${text}${NNBSP}»`;
const count = (n: number, one: string, other: string): string => `${n} ${n < 2 ? one : other}`;
const contents = ({ releases, contacts, kits }: ArchiveCounts): string =>
  `${count(releases, 'communiqué', 'communiqués')}, ${count(contacts, 'contact', 'contacts')}, ${count(kits, 'dossier de presse', 'dossiers de presse')}`;

export const fr: ShellWords = {
  menuFile: '&Fichier',
  menuEdit: '&Édition',
  menuView: '&Affichage',
  menuWindow: 'Fe&nêtre',
  menuHelp: 'Aid&e',
  importCommuniques: 'Importer des communiqués…',
  restoreBundle: 'Restaurer un fichier PressKit…',
  exportBundle: 'Exporter dans un fichier PressKit…',
  showDataFolder: 'Afficher le dossier de données',

  importTitle: 'Importer des communiqués',
  importButton: 'Importer',
  openableFilter: 'Communiqués et fichiers PressKit',
  communiquesFilter: 'Communiqués (Markdown, texte, Word)',
  bundlesFilter: 'Fichiers PressKit',
  bundleFilter: 'Fichier PressKit',
  restoreTitle: 'Restaurer un fichier PressKit',
  restoreButton: 'Restaurer',
  exportTitle: 'Exporter les archives dans un fichier PressKit',
  exportButton: 'Exporter',

  confirmRestore: (file) => `Remplacer toutes les archives par ${quoted(file)}${NNBSP}?`,
  confirmRestoreDetail: 'Les communiqués, les contacts et les dossiers de presse de PressKit Studio seront remplacés par ceux du fichier.',
  replaceArchive: 'Remplacer les archives',
  cancel: 'Annuler',
  stillSaving: 'Vos dernières modifications sont en cours d’enregistrement.',
  stillSavingDetail: `Fermer quand même et les perdre, ou rester jusqu’à ce qu’elles soient enregistrées${NNBSP}?`,
  stay: 'Rester',
  closeAnyway: 'Fermer quand même',

  imported: (refs) => `${count(refs.length, 'communiqué importé', 'communiqués importés')}${NBSP}: ${refs.join(', ')}.`,
  restored: (file, counts) => `Fichier ${quoted(file)} restauré${NBSP}: ${contents(counts)}.`,
  saved: (file, counts) => `Fichier ${quoted(file)} enregistré${NBSP}: ${contents(counts)}.`,
  tooLarge: (file) => `${quoted(file)} est trop volumineux pour être un communiqué ou un fichier PressKit.`,
  notFound: (file) => `${quoted(file)} est introuvable.`,
  notPermitted: (file) => `L’accès à ${quoted(file)} a été refusé.`,
  notBundle: (file, suffix) => `${quoted(file)} n’est pas un fichier PressKit (${suffix}).`,
  notOpenable: (file, extensions, suffix) => `${quoted(file)} n’est ni un communiqué (${extensions.join(', ')}) ni un fichier PressKit (${suffix}).`,

  unexpected: `Une erreur s’est produite dans PressKit Studio${NNBSP}; vos données n’ont pas été modifiées.`,
  cannotStartTitle: 'PressKit Studio ne peut pas démarrer',
  cannotStart: `PressKit Studio n’a pas pu démarrer. Réessayez${NNBSP}; si cela se reproduit, contactez votre service informatique.`,
  dataFolderUnavailable: (folder) =>
    `PressKit Studio n’a pas pu ouvrir son dossier de données (${folder}). Vérifiez que le dossier existe et que vous avez le droit d’y écrire.`,
};
