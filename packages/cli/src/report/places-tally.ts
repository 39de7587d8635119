/**
 * Where children went (places[]): for each place type, the records naming it, and the areas named
 * most often, so the intelligence picture the guidance asks for is collated across interviews.
 * Areas are typed by people ("Leeds", "leeds ", "LS11"): they are grouped as reasons are (trimmed,
 * spaces collapsed, case folded, the first spelling kept), and at most 200 different ones are kept.
 */
import { ReasonTally } from './reason-tally.js';
import type { AreaCount, LabelledCount, ServiceReport } from './service-report.js';

/** The areas a report lists: the most often named. */
export const TOP_AREAS = 10;

export interface PlaceAnswers {
  placeType?: string;
  area?: string;
  detail?: string;
}

export class PlacesTally {
  private readonly types = new Map<string, number>();
  private readonly areas: ReasonTally;
  private recordsWithPlaces = 0;

  constructor(reasonLimit?: number) {
    this.areas = new ReasonTally(reasonLimit);
  }

  add(places: readonly PlaceAnswers[] | undefined): void {
    if (!places || places.length === 0) return;
    this.recordsWithPlaces += 1;
    // A record counts once for each type and area it names, however many visits it lists there.
    const types = new Set(places.map((place) => place.placeType).filter((type): type is string => type !== undefined));
    for (const type of types) this.types.set(type, (this.types.get(type) ?? 0) + 1);
    const areas = new Map<string, string>();
    for (const place of places) {
      const area = place.area?.trim().replace(/\s+/g, ' ');
      if (area && !areas.has(area.toLowerCase())) areas.set(area.toLowerCase(), area);
    }
    for (const area of areas.values()) this.areas.add(area);
  }

  figures(label: (id: string) => string): NonNullable<ServiceReport['places']> {
    const byType: LabelledCount[] = [...this.types]
      .map(([id, count]) => ({ id, label: label(id), count }))
      .sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1));
    // Blank areas are never added, so "no reason recorded" cannot appear; "other reasons" (past the limit) is left out of a top list.
    const topAreas: AreaCount[] = this.areas
      .counts({ otherReasons: '', noReasonRecorded: '' })
      .filter((entry) => entry.reason !== '')
      .slice(0, TOP_AREAS)
      .map(({ reason, count }) => ({ area: reason, count }));
    return { byType, topAreas, recordsWithPlaces: this.recordsWithPlaces };
  }
}
