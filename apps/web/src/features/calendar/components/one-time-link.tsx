import { useTranslation } from 'react-i18next';
import { CopyField } from '../../../components/ui/copy-field';

/** A new feed's address, with the note that it is shown only now (only its hash is kept). */
export function OneTimeLink({ url, testId }: { url: string; testId: string }) {
  const { t } = useTranslation();
  return (
    <div className="flex flex-col gap-2">
      <CopyField value={url} label={t('calendar.urlLabel')} testId={testId} />
      <p className="text-[12.5px] text-muted-foreground">{t('calendar.shownOnce')}</p>
    </div>
  );
}
