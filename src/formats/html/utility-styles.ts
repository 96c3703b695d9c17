import type { Declaration } from './declarations.js';

/**
 * Font sizes and colours that the well-known CSS frameworks give their utility classes (Bootstrap 5,
 * Tailwind), so that a page sized and coloured by classes alone ("text-5xl" headline price,
 * "text-[7px] text-gray-300" fine print) is judged as it renders. Responsive variants ("md:text-5xl")
 * apply only from some width on and are left out: the base size is what every reader gets.
 */

const REM = 16;

/** Bootstrap 5 at desktop width. */
const BOOTSTRAP_SIZES: Record<string, number> = {
  'fs-1': 2.5 * REM,
  'fs-2': 2 * REM,
  'fs-3': 1.75 * REM,
  'fs-4': 1.5 * REM,
  'fs-5': 1.25 * REM,
  'fs-6': REM,
  'display-1': 5 * REM,
  'display-2': 4.5 * REM,
  'display-3': 4 * REM,
  'display-4': 3.5 * REM,
  'display-5': 3 * REM,
  'display-6': 2.5 * REM,
  h1: 2.5 * REM,
  h2: 2 * REM,
  h3: 1.75 * REM,
  h4: 1.5 * REM,
  h5: 1.25 * REM,
  h6: REM,
  lead: 1.25 * REM,
};

/** Bootstrap's relative sizes. */
const BOOTSTRAP_RELATIVE: Record<string, string> = { small: '0.875em' };

const TAILWIND_SIZES: Record<string, number> = {
  'text-xs': 12,
  'text-sm': 14,
  'text-base': 16,
  'text-lg': 18,
  'text-xl': 20,
  'text-2xl': 24,
  'text-3xl': 30,
  'text-4xl': 36,
  'text-5xl': 48,
  'text-6xl': 60,
  'text-7xl': 72,
  'text-8xl': 96,
  'text-9xl': 128,
};

const BOOTSTRAP_COLORS: Record<string, string> = {
  'text-muted': '#6c757d',
  'text-secondary': '#6c757d',
  'text-body-secondary': '#6c757d',
  'text-body-tertiary': 'rgba(33,37,41,0.5)',
  'text-light': '#f8f9fa',
  'text-white': '#fff',
  'text-dark': '#212529',
  'text-body': '#212529',
  'text-black': '#000',
  'text-black-50': 'rgba(0,0,0,0.5)',
  'text-white-50': 'rgba(255,255,255,0.5)',
};
const BOOTSTRAP_BACKGROUNDS: Record<string, string> = {
  'bg-white': '#fff',
  'bg-light': '#f8f9fa',
  'bg-dark': '#212529',
  'bg-black': '#000',
  'bg-body': '#fff',
  'bg-body-tertiary': '#f8f9fa',
  'bg-body-secondary': '#e9ecef',
};

/** Tailwind's neutral palettes, shade by shade (the colours fine print is set in). */
const TAILWIND_NEUTRALS: Record<string, string[]> = {
  gray: ['#f9fafb', '#f3f4f6', '#e5e7eb', '#d1d5db', '#9ca3af', '#6b7280', '#4b5563', '#374151', '#1f2937', '#111827', '#030712'],
  slate: ['#f8fafc', '#f1f5f9', '#e2e8f0', '#cbd5e1', '#94a3b8', '#64748b', '#475569', '#334155', '#1e293b', '#0f172a', '#020617'],
  zinc: ['#fafafa', '#f4f4f5', '#e4e4e7', '#d4d4d8', '#a1a1aa', '#71717a', '#52525b', '#3f3f46', '#27272a', '#18181b', '#09090b'],
  neutral: ['#fafafa', '#f5f5f5', '#e5e5e5', '#d4d4d4', '#a3a3a3', '#737373', '#525252', '#404040', '#262626', '#171717', '#0a0a0a'],
  stone: ['#fafaf9', '#f5f5f4', '#e7e5e4', '#d6d3d1', '#a8a29e', '#78716c', '#57534e', '#44403c', '#292524', '#1c1917', '#0c0a09'],
};
const SHADES = ['50', '100', '200', '300', '400', '500', '600', '700', '800', '900', '950'];

/** Colour utilities by their form: "bg-cyan-900", "text-emerald-700", "bg-primary", "text-bg-warning". */
const UNKNOWN_COLOR = /^(?:bg|text)-[a-z]+(?:-[a-z]+)*(?:-\d{2,3})?$/;
/** Text and background utilities that set no colour. */
const NOT_A_COLOR =
  /^(?:text-(?:left|center|right|justify|start|end|wrap|nowrap|balance|pretty|ellipsis|clip|uppercase|lowercase|capitalize|truncate|break|reset|decoration-\S+|opacity-\S+)|bg-(?:cover|contain|center|top|bottom|left|right|left-top|left-bottom|right-top|right-bottom|no-repeat|repeat(?:-\S+)?|fixed|local|scroll|auto|clip-\S+|origin-\S+|blend-\S+|opacity-\S+|none))$/;

/**
 * Framework components that paint a background of their own from a style sheet the page only links
 * (a Bootstrap `.card` is white on a dark section; WordPress `has-…-background-color`): behind their
 * text the colour is unknown, not the one inherited.
 */
const OWN_BACKGROUND =
  /^(?:card|modal-content|dropdown-menu|list-group-item|alert(?:-\w+)?|toast|popover|offcanvas|accordion-item|accordion-button|btn(?:-\w+)*|badge|form-control|form-select|table|jumbotron|navbar|has-background|has-[\w-]+-background-color|wp-block-cover)$/;

/** `text-[7px]`, `text-[0.5rem]`, `text-[#f4f4f4]`, `bg-[#fff]`, `text-[var(--muted)]`. */
const ARBITRARY = /^(text|bg)-\[([^\]]{1,60})\]$/;
const LENGTH = /^\d*\.?\d+(?:px|rem|em|pt|%)$/;

function tailwindColor(name: string): string | undefined {
  if (name === 'white') return '#fff';
  if (name === 'black') return '#000';
  const dash = name.lastIndexOf('-');
  const palette = TAILWIND_NEUTRALS[name.slice(0, dash)];
  const shade = SHADES.indexOf(name.slice(dash + 1));
  return palette && shade >= 0 ? palette[shade] : undefined;
}

export interface UtilityDeclaration extends Declaration {
  className: string;
}

/** The declarations an element's utility classes stand for, in class order (a later class wins). */
export function utilityDeclarations(classes: readonly string[]): UtilityDeclaration[] {
  const out: UtilityDeclaration[] = [];
  let cls = '';
  const add = (property: string, value: string) => out.push({ property, value, important: false, className: cls });
  for (cls of classes) {
    if (cls.includes(':')) continue;
    const size = BOOTSTRAP_SIZES[cls] ?? TAILWIND_SIZES[cls];
    const relative = BOOTSTRAP_RELATIVE[cls];
    const color = BOOTSTRAP_COLORS[cls] ?? (cls.startsWith('text-') ? tailwindColor(cls.slice(5)) : undefined);
    const background = BOOTSTRAP_BACKGROUNDS[cls] ?? (cls.startsWith('bg-') ? tailwindColor(cls.slice(3)) : undefined);
    if (size !== undefined) add('font-size', `${size}px`);
    else if (relative !== undefined) add('font-size', relative);
    else if (color !== undefined) add('color', color);
    else if (background !== undefined) add('background-color', background);
    else if (OWN_BACKGROUND.test(cls)) add('background-color', 'unknown');
    else if (UNKNOWN_COLOR.test(cls) && !NOT_A_COLOR.test(cls)) {
      // A colour class we cannot read ("bg-cyan-900", "text-primary"): the colour is unknown, not inherited.
      add(cls.startsWith('bg-') ? 'background-color' : 'color', 'unknown');
    } else {
      const arbitrary = ARBITRARY.exec(cls);
      if (!arbitrary) continue;
      const value = arbitrary[2]!.replace(/^(?:color|length):/, '').replace(/_/g, ' ');
      if (arbitrary[1] === 'bg') add('background-color', value);
      else add(LENGTH.test(value) ? 'font-size' : 'color', value);
    }
  }
  return out;
}
