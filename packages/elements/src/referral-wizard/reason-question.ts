/** A required reason the worker writes (why not, why added, why less urgent, why not told): three lines. */
import type { TemplateResult } from 'lit';
import { question } from '../govuk/question.js';
import type { WizardView } from './wizard-view.js';

export interface ReasonHandlers {
  hint?: string | undefined;
  /** The key of its inline error (`problemKey`). */
  key: string;
  onInput(text: string): void;
  onLeave(): void;
}

export function reasonQuestion(view: WizardView, id: string, label: string, value: string, handlers: ReasonHandlers): TemplateResult {
  return question({
    id,
    label,
    hint: handlers.hint,
    value,
    error: view.problemAt(handlers.key),
    required: true,
    rows: 3,
    words: view.words,
    onInput: handlers.onInput,
    onLeave: handlers.onLeave,
  });
}
