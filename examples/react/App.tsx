// A React 19 page around the toolkit: the host fetches the ruleset, <rhi-interview> makes one
// assessment per settled change, and React state follows it through the `rhi-assessment` event.
import { useEffect, useState } from 'react';
import type { Assessment, Language, ResolvedRuleset } from '@rhi-toolkit/engine';
import type { Answers, ReferralPackage, RhiInterviewForm, RhiReferralsSubmitDetail, RhiSubmitDetail } from '@rhi-toolkit/elements';
import { otherLanguage, words } from './words';

export interface AppProps {
  /** Where the host serves the locality's resolved ruleset (packages/engine/dist/rulesets/<id>.json). */
  rulesetUrl: string;
  caseReference: string;
  /** Stores the interview record, with any confirmed referrals, in the case system; the draft is deleted once it resolves. */
  saveRecord: (record: { answers: Answers; referrals: ReferralPackage | undefined }) => Promise<void>;
}

export function App({ rulesetUrl, caseReference, saveRecord }: AppProps) {
  const [lang, setLang] = useState<Language>('en');
  const [ruleset, setRuleset] = useState<ResolvedRuleset>();
  const [rulesetFailed, setRulesetFailed] = useState(false);
  const [assessment, setAssessment] = useState<Assessment>();
  const [referrals, setReferrals] = useState<ReferralPackage>();
  const [received, setReceived] = useState<string>();
  const say = words[lang];

  useEffect(() => {
    // The host fetches; the components never make a network request.
    let current = true;
    fetch(rulesetUrl)
      .then((response) => {
        if (!response.ok) throw new Error(`${rulesetUrl}: ${response.status} ${response.statusText}`);
        return response.json() as Promise<ResolvedRuleset>;
      })
      .then(
        (loaded) => current && setRuleset(loaded),
        (error: Error) => {
          if (!current) return;
          setRulesetFailed(true);
          console.error(`The ruleset could not be loaded (${error.message}); run npm run build to write the rulesets.`);
        },
      );
    return () => {
      current = false;
    };
  }, [rulesetUrl]);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${say.title} – ${say.council.split(' · ')[0]}`;
  }, [lang, say]);

  async function onRecordSubmit(event: CustomEvent<RhiSubmitDetail>) {
    // Cancelled: the app stores the record itself instead of a native form post.
    event.preventDefault();
    const form = event.currentTarget as RhiInterviewForm;
    try {
      await saveRecord({ answers: event.detail.answers, referrals });
    } catch {
      setReceived(words[lang].saveFailed); // the draft stays on the device
      return;
    }
    await form.discardDraft();
    setReceived(words[lang].recordReceived);
  }

  function onReferralsSubmit(event: CustomEvent<RhiReferralsSubmitDetail>) {
    // Valid against schemas/referral.schema.json; kept to be saved with the record.
    setReferrals(event.detail.package);
    setReceived(words[lang].referralsReceived(event.detail.package.referrals.length));
  }

  return (
    <>
      <header className="council-header">
        <p>{say.council}</p>
        <button type="button" id="switch-language" lang={otherLanguage(lang)} onClick={() => setLang(otherLanguage(lang))}>
          {words[otherLanguage(lang)].languageName}
        </button>
      </header>
      <main>
        <h1>{say.title}</h1>
        <p>
          {say.caseReference} {caseReference}
        </p>
        <p className="case-status" id="case-status">
          {assessment ? say.latest(assessment) : say.notAssessed}
        </p>
        {rulesetFailed && (
          <p className="case-alert" role="alert">
            {say.rulesetFailed}
          </p>
        )}
        <rhi-interview ruleset={ruleset} lang={lang} onrhi-assessment={(event) => setAssessment(event.detail.assessment)}>
          <div className="interview-columns">
            <rhi-interview-form name="answers" draft-key={`${caseReference}-episode-3`} onrhi-submit={onRecordSubmit} />
            <aside>
              <rhi-risk-panel heading-level={2} />
            </aside>
          </div>
          <rhi-referral-wizard
            draft-key={`${caseReference}-episode-3-referrals`}
            case-reference={caseReference}
            onrhi-referrals-submit={onReferralsSubmit}
          />
        </rhi-interview>
        <p className="case-status" id="sent" role="status">
          {received}
        </p>
      </main>
    </>
  );
}
