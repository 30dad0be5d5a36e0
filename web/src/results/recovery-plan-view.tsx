/** The recovery plan for the phase: focus, goals, exercises, complications to watch, tips. */
import type { Exercise, RecoveryPlan } from '../api/types.js';
import { Glossed } from '../components/glossed.js';

export function ExerciseDetails({ exercise }: { exercise: Exercise }) {
  return (
    <dl class="exercise-details">
      <dt>How</dt>
      <dd>{exercise.how}</dd>
      <dt>How much</dt>
      <dd>{exercise.dose}</dd>
      <dt>Next step</dt>
      <dd>{exercise.progression}</dd>
      <dt>Stop if</dt>
      <dd>{exercise.stopIf}</dd>
    </dl>
  );
}

export function RecoveryPlanView({ plan, headingLevel = 3 }: { plan: RecoveryPlan; headingLevel?: 3 | 4 }) {
  const H = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <div class="plan" data-phase={plan.phase}>
      <p>
        <strong>{plan.title}</strong> ({plan.timeline}): <Glossed text={plan.focus} />
      </p>
      {plan.goals.length > 0 && (
        <div class="print-hide">
          <H>Goals</H>
          <ul>
            {plan.goals.map((g) => (
              <li key={g}>
                <Glossed text={g} />
              </li>
            ))}
          </ul>
        </div>
      )}
      {plan.exercises.length > 0 && (
        <>
          <H>Exercises</H>
          <p class="print-only">{plan.exercises.map((e) => e.title).join(' · ')}</p>
          <ul class="exercise-list print-hide">
            {plan.exercises.map((e) => (
              <li key={e.id}>
                <details>
                  <summary>
                    {e.title} <span class="hint">({e.targets.join(', ')})</span>
                  </summary>
                  <ExerciseDetails exercise={e} />
                </details>
              </li>
            ))}
          </ul>
        </>
      )}
      {plan.complicationsToWatch.length > 0 && (
        <div class="print-hide">
          <H>Watch out for</H>
          <ul>
            {plan.complicationsToWatch.map((c) => (
              <li key={c.id}>
                <Glossed text={c.text} /> <strong>{c.action}</strong>
              </li>
            ))}
          </ul>
        </div>
      )}
      {plan.tips.length > 0 && (
        <div class="print-hide">
          <H>Tips for a smooth recovery</H>
          <ul>
            {plan.tips.map((t) => (
              <li key={t.id}>
                <strong>{t.title}: </strong>
                <Glossed text={t.text} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
