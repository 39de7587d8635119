/** The shapes of the inputs the form reads: a JSON Schema (the subset it understands) and a layout. */

/** Words in both languages the toolkit speaks. */
export interface Words {
  en: string;
  cy: string;
}

export interface JsonSchema {
  type?: string | string[];
  title?: string;
  description?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  required?: string[];
  enum?: (string | number | boolean)[];
  const?: unknown;
  default?: unknown;
  readOnly?: boolean;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  format?: string;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  'x-rhi-cy'?: { title?: string; description?: string };
  'x-rhi-enum-labels'?: { en?: Record<string, string>; cy?: Record<string, string> };
  [keyword: string]: unknown;
}

export type LayoutPlacement = string | LayoutField;

export interface LayoutField {
  path: string;
  required?: boolean;
  label?: Words;
  hint?: Words;
  widget?: 'text' | 'textarea' | 'date' | 'date-time' | 'radios' | 'checkboxes' | 'yes-no' | 'select' | 'number';
  inline?: boolean;
  reveal?: { when: (string | number | boolean)[]; fields: LayoutPlacement[] }[];
  fields?: LayoutPlacement[];
  itemLabel?: Words;
}

export interface LayoutPage {
  id: string;
  title: Words;
  hint?: Words;
  fields: LayoutPlacement[];
}

export interface Layout {
  $schema?: string;
  pages: LayoutPage[];
  /** Every page at once, each under its own heading, submitted from that one page. */
  onePage?: boolean;
  /** A one-page form (or a one-page schema) goes to "check your answers" before it submits. */
  checkAnswers?: boolean;
}
