// Types for scripts/local-authorities.mjs, for the test that checks the schema against the list.
export interface LocalAuthority {
  code: string;
  nation: 'england' | 'wales';
  name: { en: string; cy?: string };
}
export declare const authorityFields: readonly string[];
export declare function authorityChoices(authorities: readonly LocalAuthority[]): {
  enum: string[];
  labels: { en: Record<string, string>; cy: Record<string, string> };
};
export declare function readAuthorities(): Promise<LocalAuthority[]>;
