/** Instants shown as a person in the locality reads them: their time zone, their language. */
import type { Language } from '@rhi-toolkit/engine/node';

const formats = new Map<string, Intl.DateTimeFormat>();

/** e.g. "Thursday 5 March 2026 at 19:30 GMT" (en) or "Dydd Iau, 5 Mawrth 2026 am 19:30 GMT" (cy). */
export function localDateTime(instant: string, timeZone: string, lang: Language): string {
  const key = `${timeZone}|${lang}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lang === 'cy' ? 'cy' : 'en-GB', {
      timeZone,
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZoneName: 'short',
    });
    formats.set(key, format);
  }
  return format.format(new Date(instant));
}
