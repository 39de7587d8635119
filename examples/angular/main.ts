import '@rhi-toolkit/elements/define'; // registers rhi-interview and the three components, before Angular renders them
import { provideHttpClient } from '@angular/common/http';
import { bootstrapApplication } from '@angular/platform-browser';
import { AppComponent } from './app/app.component'; // your app; its template holds <app-return-home-interview caseReference="…" />

bootstrapApplication(AppComponent, { providers: [provideHttpClient()] }).catch((error: unknown) => console.error(error));
