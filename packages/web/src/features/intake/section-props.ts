import { intakeForm, type FormField, type FormOption } from '@chairside/domain';
import type { IntakeFormValues } from './intake-form-values';

/** What every intake section receives: the values, server/client errors by field path, and a patch. */
export interface SectionProps {
  readonly values: IntakeFormValues;
  readonly errors: Readonly<Record<string, string>>;
  readonly onChange: (patch: Partial<IntakeFormValues>) => void;
}

function findField(fields: readonly FormField[], path: readonly string[]): FormField | undefined {
  const [head, ...rest] = path;
  const field = fields.find((f) => f.id === head || f.id === path.join('/'));
  if (field?.kind === 'list' && rest.length > 0) {
    return findField(field.itemFields, rest);
  }
  return field;
}

/**
 * Choices of a field of the shared intake form definition (the same one the patient portal uses).
 * @param path - the field id, `list/item` for a list's item field (`conditions/code`)
 */
export function optionsOf(path: string): { value: string; label: string }[] {
  const field = findField(
    intakeForm.sections.flatMap((s) => s.fields),
    path.split('/'),
  );
  const options: readonly FormOption[] = field && 'options' in field ? field.options : [];
  return options.map((o) => ({ value: o.value, label: o.label.charAt(0).toUpperCase() + o.label.slice(1) }));
}

/** Replaces one row of a list. */
export function replaceAt<T>(rows: readonly T[], index: number, row: T): T[] {
  return rows.map((r, i) => (i === index ? row : r));
}
