// JSX types for the toolkit's elements in React 19. Copy this file into your app (it must stay a
// module: keep the imports). React 19 passes a prop to a custom element as a property when the
// element has a property of that name (ruleset, answers, lang, noDrafts…) and as an attribute
// otherwise (draft-key, case-reference, heading-level), and it adds a prop named `on` + an event's
// exact name as a listener for that event: `onrhi-assessment` listens for `rhi-assessment`.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type {
  RhiAssessmentDetail,
  RhiChangeDetail,
  RhiDraftRestoredDetail,
  RhiFocusFieldDetail,
  RhiInterview,
  RhiInterviewForm,
  RhiReferralsChangeDetail,
  RhiReferralsDraftRestoredDetail,
  RhiReferralsSubmitDetail,
  RhiReferralWizard,
  RhiRiskPanel,
  RhiSubmitDetail,
} from '@rhi-toolkit/elements';

type Listener<Detail> = (event: CustomEvent<Detail>) => void;
type ElementProps<Element extends HTMLElement, Properties extends keyof Element> = DetailedHTMLProps<HTMLAttributes<Element>, Element> &
  Partial<Pick<Element, Properties>>;

interface InterviewFormEvents {
  'onrhi-change'?: Listener<RhiChangeDetail>;
  'onrhi-submit'?: Listener<RhiSubmitDetail>;
  'onrhi-draft-restored'?: Listener<RhiDraftRestoredDetail>;
}

interface RiskPanelEvents {
  'onrhi-focus-field'?: Listener<RhiFocusFieldDetail>;
}

interface ReferralWizardEvents {
  'onrhi-referrals-submit'?: Listener<RhiReferralsSubmitDetail>;
  'onrhi-referrals-change'?: Listener<RhiReferralsChangeDetail>;
  'onrhi-referrals-draft-restored'?: Listener<RhiReferralsDraftRestoredDetail>;
}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      /** Events of the components inside bubble to it, so their listeners may go here too. */
      'rhi-interview': ElementProps<RhiInterview, 'ruleset' | 'answers' | 'now'> & {
        'onrhi-assessment'?: Listener<RhiAssessmentDetail>;
      } & InterviewFormEvents &
        ReferralWizardEvents;
      'rhi-interview-form': ElementProps<
        RhiInterviewForm,
        'answers' | 'schema' | 'layout' | 'validator' | 'draftStore' | 'name' | 'draftKey' | 'noDrafts' | 'required' | 'disabled' | 'readOnly' | 'timeZone'
      > & { 'draft-key'?: string; 'time-zone'?: string } & InterviewFormEvents;
      'rhi-risk-panel': ElementProps<RhiRiskPanel, 'assessment' | 'answers' | 'ruleset' | 'schema' | 'now' | 'headingLevel'> & {
        'heading-level'?: number | string;
      } & RiskPanelEvents;
      'rhi-referral-wizard': ElementProps<
        RhiReferralWizard,
        'assessment' | 'answers' | 'ruleset' | 'schema' | 'draftStore' | 'draftKey' | 'noDrafts' | 'caseReference' | 'headingLevel' | 'now'
      > & { 'draft-key'?: string; 'case-reference'?: string; 'heading-level'?: number | string } & ReferralWizardEvents;
    }
  }
}
