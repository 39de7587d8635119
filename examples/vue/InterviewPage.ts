// A Vue 3.5 page around the toolkit, written with render functions: Vue's runtime-only build
// compiles no templates in the browser, so it needs no eval and runs under a strict CSP.
// Vue sets a prop on a custom element as a property when the element has that property (lang…);
// a leading dot (`.ruleset`) makes it a property always. `onRhiAssessment` listens for
// `rhi-assessment` (Vue hyphenates the name after `on`).
import { defineComponent, h, onMounted, ref, shallowRef, watchEffect, type PropType } from 'vue';
import type { Assessment, Language, ResolvedRuleset } from '@rhi-toolkit/engine';
import type { Answers, ReferralPackage, RhiAssessmentDetail, RhiInterviewForm, RhiReferralsSubmitDetail, RhiSubmitDetail } from '@rhi-toolkit/elements';
import { otherLanguage, words } from './words';

export const InterviewPage = defineComponent({
  name: 'InterviewPage',
  props: {
    /** Where the host serves the locality's resolved ruleset (packages/engine/dist/rulesets/<id>.json). */
    rulesetUrl: { type: String, required: true },
    caseReference: { type: String, required: true },
    /** Stores the interview record, with any confirmed referrals, in the case system; the draft is deleted once it resolves. */
    saveRecord: {
      type: Function as PropType<(record: { answers: Answers; referrals: ReferralPackage | undefined }) => Promise<void>>,
      required: true,
    },
  },
  setup(props) {
    const lang = ref<Language>('en');
    // shallowRef: the ruleset and the assessment go to the elements as they are, not as deep
    // reactive proxies (a new proxy is not the same object, and would make them assess again).
    const ruleset = shallowRef<ResolvedRuleset>();
    const assessment = shallowRef<Assessment>();
    const referrals = shallowRef<ReferralPackage>();
    const rulesetFailed = ref(false);
    const received = ref('');

    onMounted(async () => {
      // The host fetches; the components never make a network request.
      try {
        const response = await fetch(props.rulesetUrl);
        if (!response.ok) throw new Error(`${props.rulesetUrl}: ${response.status} ${response.statusText}`);
        ruleset.value = (await response.json()) as ResolvedRuleset;
      } catch (error) {
        rulesetFailed.value = true;
        console.error(`The ruleset could not be loaded (${(error as Error).message}); run npm run build to write the rulesets.`);
      }
    });

    watchEffect(() => {
      const say = words[lang.value];
      document.documentElement.lang = lang.value;
      document.title = `${say.title} – ${say.council.split(' · ')[0]}`;
    });

    async function onRecordSubmit(event: CustomEvent<RhiSubmitDetail>) {
      // Cancelled: the app stores the record itself instead of a native form post.
      event.preventDefault();
      const form = event.currentTarget as RhiInterviewForm;
      try {
        await props.saveRecord({ answers: event.detail.answers, referrals: referrals.value });
      } catch {
        received.value = words[lang.value].saveFailed; // the draft stays on the device
        return;
      }
      await form.discardDraft();
      received.value = words[lang.value].recordReceived;
    }

    function onReferralsSubmit(event: CustomEvent<RhiReferralsSubmitDetail>) {
      // Valid against schemas/referral.schema.json; kept to be saved with the record.
      referrals.value = event.detail.package;
      received.value = words[lang.value].referralsReceived(event.detail.package.referrals.length);
    }

    return () => {
      const say = words[lang.value];
      const other = otherLanguage(lang.value);
      return [
        h('header', { class: 'council-header' }, [
          h('p', say.council),
          h('button', { type: 'button', id: 'switch-language', lang: other, onClick: () => (lang.value = other) }, words[other].languageName),
        ]),
        h('main', [
          h('h1', say.title),
          h('p', `${say.caseReference} ${props.caseReference}`),
          h('p', { class: 'case-status', id: 'case-status' }, assessment.value ? say.latest(assessment.value) : say.notAssessed),
          rulesetFailed.value ? h('p', { class: 'case-alert', role: 'alert' }, say.rulesetFailed) : null,
          h(
            'rhi-interview',
            {
              '.ruleset': ruleset.value,
              lang: lang.value,
              onRhiAssessment: (event: CustomEvent<RhiAssessmentDetail>) => (assessment.value = event.detail.assessment),
            },
            [
              h('div', { class: 'interview-columns' }, [
                h('rhi-interview-form', { name: 'answers', 'draft-key': `${props.caseReference}-episode-3`, onRhiSubmit: onRecordSubmit }),
                h('aside', [h('rhi-risk-panel', { 'heading-level': '2' })]),
              ]),
              h('rhi-referral-wizard', {
                'draft-key': `${props.caseReference}-episode-3-referrals`,
                'case-reference': props.caseReference,
                onRhiReferralsSubmit: onReferralsSubmit,
              }),
            ],
          ),
          h('p', { class: 'case-status', id: 'sent', role: 'status' }, received.value),
        ]),
      ];
    };
  },
});
