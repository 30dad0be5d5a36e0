/** The licence attribution an instrument requires, shown beside it wherever it is asked or scored. */
export function Attribution({ text, id }: { text: string; id?: string }) {
  return (
    <p class="attribution" id={id}>
      {text}
    </p>
  );
}
