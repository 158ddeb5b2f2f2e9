import { Check, Copy } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { Button } from './button';
import { controlClasses } from './input';
import { cn } from '../../lib/cn';

/** A read-only value (a link, a token) with a copy button. */
export function CopyField({ value, label, testId }: { value: string; label: string; testId?: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      toast.success(t('common.copied'));
      setTimeout(() => setCopied(false), 2000);
    } catch {
      toast.error(t('common.copyFailed'));
    }
  };
  return (
    <div className="flex items-center gap-2">
      <input
        readOnly
        value={value}
        aria-label={label}
        data-testid={testId}
        onFocus={(e) => e.currentTarget.select()}
        className={cn(controlClasses, 'h-8 min-w-0 flex-1 font-mono text-[12.5px]')}
      />
      <Button variant="secondary" onClick={copy} aria-label={`${t('common.copy')}: ${label}`}>
        {copied ? <Check aria-hidden /> : <Copy aria-hidden />}
        {t('common.copy')}
      </Button>
    </div>
  );
}
