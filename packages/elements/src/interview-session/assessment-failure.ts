/**
 * What the page shows when the engine throws (it should not: it fails safe inside its rules). The
 * session invents no risk level: it keeps the last assessment the engine made — never a lower level,
 * never fewer referrals — and marks it failed, in the engine's own failure shape (`failed`,
 * `failure.message`, a manual-review action), so every component already knows how to show it.
 */
import { MANUAL_REVIEW_ACTION, type Assessment, type Language } from '@rhi-toolkit/engine';

const words = {
  failure: {
    en: 'The assessment could not be updated for the latest answers. What is shown comes from earlier answers, so the risk level may be too low. A manager must review this case by hand.',
    cy: "Nid oedd modd diweddaru'r asesiad ar gyfer yr atebion diweddaraf. Daw'r hyn a ddangosir o atebion cynharach, felly gallai'r lefel risg fod yn rhy isel. Rhaid i reolwr adolygu'r achos hwn â llaw.",
  },
  manualReviewName: {
    en: 'A manager reviews the case by hand',
    cy: "Rheolwr yn adolygu'r achos â llaw",
  },
} satisfies Record<string, Record<Language, string>>;

const RULE_ID = 'session.assessment-failed';

/** The last good assessment, marked as out of date after a failed re-assessment. */
export function markedAsFailed(previous: Assessment, lang: Language): Assessment {
  const message = words.failure[lang];
  const manualReview = {
    id: MANUAL_REVIEW_ACTION,
    name: words.manualReviewName[lang],
    reasons: [{ ruleId: RULE_ID, message }],
  };
  return {
    ...previous,
    provisional: true,
    // Never 'not-assessed' or 'final' once out of date: at least the earlier level, until a manager looks.
    standing: 'provisional',
    failed: true,
    failure: { message },
    actions: [manualReview, ...previous.actions.filter((action) => action.id !== MANUAL_REVIEW_ACTION)],
  };
}

/** The error's kind only: an engine message could quote an answer, and answers are never logged. */
export function errorKind(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}
