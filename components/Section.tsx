import type { ComponentChildren } from 'preact';

export interface SectionProps {
  id: string;
  title: string;
  count?: number;
  children: ComponentChildren;
}

/** A titled section of the panel, a landmark with its count in the heading. */
export function Section({ id, title, count, children }: SectionProps) {
  return (
    <section class="section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} class="section-title">
        {title}
        {count !== undefined && <span class="count"> {count}</span>}
      </h2>
      {children}
    </section>
  );
}
