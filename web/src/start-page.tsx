/** The start page: what the tool does and does not do, and one button to begin. */
import { Icon } from './components/icons.js';
import { PageHeading, useTitle } from './components/page-heading.js';
import { loadInterview } from './storage.js';
import { useRegion } from './region/region.js';
import { TYPICAL_SCREENS } from '../../src/knowledge/interview-length.js';

export function StartPage() {
  useTitle('Knee or leg pain? Find out how soon and whom to see');
  const saved = loadInterview();
  const started = saved.screens.length > 0 || saved.redo.length > 0;
  const [region] = useRegion();
  return (
    <>
      <PageHeading>Knee or leg pain? Find out how soon, and whom, to see</PageHeading>
      <p class="lead">
        Answer a few plain questions about your pain. You will get a clear answer on how urgent it is, what the picture is consistent with, and what
        you can do.
      </p>

      <aside class="callout callout-emergency" aria-labelledby="emergency-now">
        <h2 id="emergency-now" class="callout-title">
          <Icon name="phone" /> Is it an emergency?
        </h2>
        <p>
          Call {region.emergency.number} now if you have chest pain or trouble breathing, a leg that is suddenly cold, pale or blue, or new
          numbness between your legs or loss of bladder or bowel control.
        </p>
      </aside>

      <p class="actions">
        <a class="button button-primary button-large" href="/interview">
          {started ? 'Continue where you left off' : 'Start the questions'}
        </a>
      </p>
      <p class="hint">
        About {TYPICAL_SCREENS.median} short screens of questions, and no more than {TYPICAL_SCREENS.p90} for most people: only what can change the advice is
        asked. No account needed. Your answers stay on this device, in this browser tab, unless you choose to save them.
      </p>

      <div class="two-col">
        <section aria-labelledby="does">
          <h2 id="does">What it does</h2>
          <ul class="tick-list">
            <li>Checks for warning signs first, and stops at once if something needs help now.</li>
            <li>Tells you how soon to be seen, and by whom, and explains why.</li>
            <li>Shows what your picture is consistent with: the knee, a nerve from the back, the hip, or a mix.</li>
            <li>Lists the treatment options with what current guidelines say about each, and cautions for you.</li>
            <li>Gives a recovery plan, and a one-page summary to show a doctor or physiotherapist.</li>
          </ul>
        </section>
        <section aria-labelledby="does-not">
          <h2 id="does-not">What it does not do</h2>
          <ul class="cross-list">
            <li>It does not diagnose you. Only a clinician who examines you can do that.</li>
            <li>It does not replace a doctor, nurse or physiotherapist.</li>
            <li>It cannot call for help. In an emergency, call the emergency number yourself.</li>
          </ul>
        </section>
      </div>

      <p>
        Want to understand how knee pain and sciatica are linked first? <a href="/learn">Read the Learn pages</a>.
      </p>
    </>
  );
}
