import { HttpClient } from '@angular/common/http';
import { Component, CUSTOM_ELEMENTS_SCHEMA, computed, inject, input, signal, type OnInit } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { Assessment, Language, ResolvedRuleset } from '@rhi-toolkit/engine';
import type {
  ReferralPackage,
  RhiAssessmentDetail,
  RhiInterviewForm,
  RhiReferralsSubmitDetail,
  RhiSubmitDetail,
} from '@rhi-toolkit/elements';

const words = {
  en: {
    latest: 'Latest assessment:',
    provisional: '(provisional)',
    notAssessed: 'Not assessed yet.',
    levels: { high: 'High', medium: 'Medium', low: 'Low', 'no-apparent-risk': 'No apparent risk' },
  },
  cy: {
    latest: 'Yr asesiad diweddaraf:',
    provisional: '(dros dro)',
    notAssessed: 'Heb ei asesu eto.',
    levels: { high: 'Uchel', medium: 'Canolig', low: 'Isel', 'no-apparent-risk': 'Dim risg amlwg' },
  },
} satisfies Record<Language, { levels: Record<Assessment['riskLevel'], string>; [word: string]: unknown }>;

@Component({
  selector: 'app-return-home-interview',
  standalone: true,
  templateUrl: './interview.component.html',
  // Angular accepts the rhi-* tags; [property] and (event) bindings go straight to the elements.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
})
export class InterviewComponent implements OnInit {
  readonly caseReference = input.required<string>();
  readonly rulesetUrl = input('/assets/rulesets/england.json');
  readonly lang = input<Language>('en');

  private readonly http = inject(HttpClient);
  protected readonly ruleset = signal<ResolvedRuleset | undefined>(undefined);
  protected readonly assessment = signal<Assessment | undefined>(undefined);
  private readonly referrals = signal<ReferralPackage | undefined>(undefined);
  protected readonly latest = computed(() => {
    const say = words[this.lang()];
    const assessment = this.assessment();
    if (!assessment) return say.notAssessed;
    return `${say.latest} ${say.levels[assessment.riskLevel]}${assessment.provisional ? ` ${say.provisional}` : ''}`;
  });

  async ngOnInit(): Promise<void> {
    // The host fetches the locality's ruleset; the components never make a network request.
    this.ruleset.set(await firstValueFrom(this.http.get<ResolvedRuleset>(this.rulesetUrl())));
  }

  protected onAssessment(event: Event): void {
    this.assessment.set((event as CustomEvent<RhiAssessmentDetail>).detail.assessment);
  }

  protected onReferralsSubmit(event: Event): void {
    // Valid against schemas/referral.schema.json; saved with the record.
    this.referrals.set((event as CustomEvent<RhiReferralsSubmitDetail>).detail.package);
  }

  protected async onRecordSubmit(event: Event): Promise<void> {
    // Cancelled: the app saves the record through its API instead of a native form post.
    event.preventDefault();
    const { answers } = (event as CustomEvent<RhiSubmitDetail>).detail;
    const url = `/api/cases/${encodeURIComponent(this.caseReference())}/return-home-interview`;
    await firstValueFrom(this.http.post(url, { answers, referrals: this.referrals() }));
    await (event.target as RhiInterviewForm).discardDraft(); // only once the record is saved
  }
}
