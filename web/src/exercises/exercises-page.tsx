/**
 * The exercises with their pictures, steps, dose and stop signs: a page to read or print (its
 * print rules keep each exercise on one piece of paper). `?ids=a,b` shows those exercises (the
 * plan's), in that order; without it, every exercise in the knowledge base.
 */
import { useEffect, useState } from 'preact/hooks';
import { loadKnowledge, type Knowledge } from '../api/knowledge.js';
import { PageHeading, useTitle } from '../components/page-heading.js';
import { ExercisePair } from './exercise-figure.js';
import { doseWords, stopSigns } from './exercise-words.js';
import './exercises.css';

export function ExercisesPage() {
  useTitle('Exercises');
  const ids = new URLSearchParams(location.search).get('ids')?.split(',').filter(Boolean) ?? null;
  const [knowledge, setKnowledge] = useState<Knowledge | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    loadKnowledge().then(setKnowledge).catch((e: Error) => setError(e.message));
  }, []);

  const heading = ids ? 'Your exercises' : 'Exercises';
  if (error) return (<><PageHeading>{heading}</PageHeading><p class="notice notice-error" role="alert">{error}</p></>);
  if (!knowledge) return (<><PageHeading>{heading}</PageHeading><p class="loading" role="status">Loading…</p></>);
  const byId = new Map(knowledge.exercises.map((e) => [e.id, e]));
  const shown = ids ? ids.map((id) => byId.get(id)).filter((e) => e !== undefined) : knowledge.exercises;
  const pdf = `/api/v1/exercises.pdf${ids ? `?ids=${encodeURIComponent(ids.join(','))}` : ''}`;

  return (
    <>
      <PageHeading>{heading}</PageHeading>
      <p class="print-hide">
        Each picture shows where you start (1) and where you end (2). Move slowly, breathe normally, and stop if you feel any of the signs listed.
      </p>
      <p class="actions print-hide">
        <button type="button" class="button button-secondary" onClick={() => window.print()}>
          Print these exercises
        </button>
        <a class="button button-link" href={pdf} download>
          Download as PDF
        </a>
      </p>
      <ol class="exercise-sheet">
        {shown.map((e) => (
          <li key={e.id} class="exercise-sheet-item" id={`exercise-${e.id}`} data-exercise={e.id}>
            <h2>{e.title}</h2>
            <ExercisePair id={e.id} title={e.title} />
            <h3 class="visually-hidden">How to do it</h3>
            <ol class="exercise-steps">
              {e.steps.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ol>
            <p>
              <strong>How much: </strong>
              {doseWords(e.dose)}
            </p>
            <p>
              <strong>Stop if you feel: </strong>
              {stopSigns(e, knowledge.exerciseStopRules).join('; ')}.
            </p>
          </li>
        ))}
      </ol>
    </>
  );
}
