import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../main/core/language';
import { MoreIcon } from '../ui/icons';
import { Menu, type MenuItem } from '../ui/Menu';
import type { ReleaseActions } from './useReleaseActions';

/** Duplicate, translate into each other language, delete: the same menu in the list and in the editor. */
export function ReleaseMenu({
  release,
  actions,
  onDeleted,
}: {
  release: { id: string; ref: string; language: Language };
  actions: ReleaseActions;
  onDeleted?: () => void;
}) {
  const { t } = useTranslation();
  const items: MenuItem[] = [
    { label: t('actions.duplicate'), onSelect: () => void actions.duplicate(release) },
    ...LANGUAGES.filter((language) => language !== release.language).map((language) => ({
      label: t('actions.translateInto', { language: t(`languages.${language}`) }),
      onSelect: () => void actions.translate(release, language),
    })),
    {
      label: t('actions.delete'),
      danger: true,
      onSelect: () => void actions.remove(release).then((deleted) => deleted && onDeleted?.()),
    },
  ];
  return (
    <Menu label={t('actions.menu', { ref: release.ref })} items={items}>
      <MoreIcon />
    </Menu>
  );
}
