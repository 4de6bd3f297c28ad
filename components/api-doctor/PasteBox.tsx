import { useId } from 'preact/hooks';
import { formatSize, MAX_PASTE_CHARS } from '@/utils/api-doctor/paste';
import { t } from '@/utils/i18n/translate';

interface Props {
  name: string;
  label: string;
  hint: string;
  value: string;
  onInput: (value: string) => void;
  onSubmit: () => void;
  submitLabel: string;
  example?: string;
  rows?: number;
}

/**
 * A labelled textarea with its submit button. Ctrl/Cmd+Enter submits. Nothing typed here is stored:
 * autocomplete is off so the browser does not restore it either.
 */
export function PasteBox({ name, label, hint, value, onInput, onSubmit, submitLabel, example, rows = 6 }: Props) {
  const id = useId();
  const over = value.length > MAX_PASTE_CHARS;
  return (
    <form
      class="ad-paste"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <label for={id}>{label}</label>
      <p class="ad-hint" id={`${id}-hint`}>
        {hint}
      </p>
      <textarea
        id={id}
        name={name}
        data-input={name}
        rows={rows}
        value={value}
        autocomplete="off"
        spellcheck={false}
        aria-describedby={`${id}-hint ${id}-size`}
        onInput={(e) => onInput((e.currentTarget as HTMLTextAreaElement).value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            onSubmit();
          }
        }}
      />
      <div class="ad-row">
        <button type="submit" data-action={`${name}-submit`}>
          {submitLabel}
        </button>
        {example !== undefined && (
          <button type="button" class="ad-secondary" data-action={`${name}-example`} onClick={() => onInput(example)}>
            {t('apidoc.paste.example')}
          </button>
        )}
        {value !== '' && (
          <button type="button" class="ad-secondary" onClick={() => onInput('')}>
            {t('apidoc.paste.clear')}
          </button>
        )}
        <span id={`${id}-size`} class={over ? 'ad-size ad-over' : 'ad-size'} aria-live="polite">
          {value === ''
            ? t('apidoc.paste.shortcut')
            : over
              ? t('apidoc.paste.tooLarge', { size: formatSize(value.length) })
              : formatSize(value.length)}
        </span>
      </div>
    </form>
  );
}
