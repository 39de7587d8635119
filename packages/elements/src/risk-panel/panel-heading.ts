/**
 * Headings at the level the host page needs: the panel sits inside someone else's page, so its
 * title is an h2 by default and everything under it steps down from there (never past h6).
 */
import { html, literal, type StaticValue } from 'lit/static-html.js';
import type { TemplateResult } from 'lit';

const tags: StaticValue[] = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** A heading-level attribute as a number from 1 to 6 (2 when missing or not a number). */
export function headingLevelOf(value: unknown): number {
  const level = Math.round(Number(value));
  return Number.isFinite(level) && level >= 1 ? Math.min(level, 6) : 2;
}

export function heading(level: number, id: string | undefined, className: string, content: unknown): TemplateResult {
  const tag = tags[Math.min(Math.max(level, 1), 6) - 1]!;
  return id ? html`<${tag} id=${id} class=${className}>${content}</${tag}>` : html`<${tag} class=${className}>${content}</${tag}>`;
}
