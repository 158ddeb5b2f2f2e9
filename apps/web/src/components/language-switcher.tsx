import { Languages } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { currentLanguage, LANGUAGES, setLanguage, type Language } from '../lib/i18n';
import { Select } from './ui/select';

/**
 * The language control, labelled "Language" / "Bahasa". Each option is written in its own
 * language. `onChange` lets the signed-in shell also save the choice to the account.
 */
export function LanguageSwitcher({ onChange, className }: { onChange?: (language: Language) => void; className?: string }) {
  const { t, i18n } = useTranslation();
  const value = currentLanguage();
  void i18n.language; // re-render on change
  return (
    <div className={className}>
      <div className="flex items-center gap-2">
        <Languages className="size-4 shrink-0 text-muted-foreground" aria-hidden />
        <Select<Language>
          aria-label={t('language.label')}
          data-testid="language-switcher"
          size="sm"
          value={value}
          onValueChange={(language) => {
            void setLanguage(language);
            onChange?.(language);
          }}
          options={LANGUAGES.map((language) => ({ value: language, label: language === 'id' ? 'Bahasa Indonesia' : 'English' }))}
        />
      </div>
    </div>
  );
}
