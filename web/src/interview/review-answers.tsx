/** The answers so far, each with a Change button: nothing is final until the results. */
import type { AnsweredQuestion } from './answers.js';
import { describeAnswer } from './answers.js';

export function ReviewAnswers(props: { history: readonly AnsweredQuestion[]; onChange(index: number): void; open?: boolean; disabled?: boolean }) {
  if (props.history.length === 0) return null;
  return (
    <details class="review" open={props.open}>
      <summary>
        Your answers so far ({props.history.length}): check or change any
      </summary>
      <ol class="review-list">
        {props.history.map((h, i) => (
          <li key={h.question.id} class="review-item">
            <span class="review-question">{h.question.text}</span>
            <span class="review-answer">{describeAnswer(h.question, h.value)}</span>
            <button type="button" class="button button-link button-small" disabled={props.disabled} onClick={() => props.onChange(i)}>
              Change<span class="visually-hidden"> your answer to: {h.question.text}</span>
            </button>
          </li>
        ))}
      </ol>
    </details>
  );
}
