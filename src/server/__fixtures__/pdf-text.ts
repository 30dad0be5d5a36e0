/**
 * The text of an uncompressed pdfkit PDF, in drawing order: pdfkit writes each line as a TJ array
 * of hex strings in the standard fonts' WinAnsi encoding. Lines are joined with spaces, so a
 * sentence that wraps reads whole again.
 */
export function pdfText(pdf: Buffer): string {
  const source = pdf.toString('latin1');
  const lines: string[] = [];
  for (const match of source.matchAll(/\[((?:<[0-9a-f]*>|\s|-?\d+(?:\.\d+)?)*)\]\s*TJ/g)) {
    const hexes = [...match[1]!.matchAll(/<([0-9a-f]*)>/g)].map((m) => Buffer.from(m[1]!, 'hex').toString('latin1'));
    lines.push(hexes.join(''));
  }
  return lines.join(' ').replace(/\s+/g, ' ');
}
