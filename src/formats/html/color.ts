/** An sRGB colour with alpha, channels 0–255, alpha 0–1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** The common named colours; anything else is left unknown rather than guessed. */
const NAMED: Record<string, string> = {
  black: '000000',
  white: 'ffffff',
  red: 'ff0000',
  green: '008000',
  blue: '0000ff',
  yellow: 'ffff00',
  gray: '808080',
  grey: '808080',
  silver: 'c0c0c0',
  lightgray: 'd3d3d3',
  lightgrey: 'd3d3d3',
  darkgray: 'a9a9a9',
  darkgrey: 'a9a9a9',
  dimgray: '696969',
  dimgrey: '696969',
  gainsboro: 'dcdcdc',
  whitesmoke: 'f5f5f5',
  snow: 'fffafa',
  ivory: 'fffff0',
  beige: 'f5f5dc',
  linen: 'faf0e6',
  navy: '000080',
  teal: '008080',
  maroon: '800000',
  purple: '800080',
  olive: '808000',
  lime: '00ff00',
  aqua: '00ffff',
  cyan: '00ffff',
  fuchsia: 'ff00ff',
  magenta: 'ff00ff',
  orange: 'ffa500',
  pink: 'ffc0cb',
  lightyellow: 'ffffe0',
  lightblue: 'add8e6',
  lightgreen: '90ee90',
  darkblue: '00008b',
  darkgreen: '006400',
  darkred: '8b0000',
  gold: 'ffd700',
  aliceblue: 'f0f8ff',
  ghostwhite: 'f8f8ff',
  mintcream: 'f5fffa',
  honeydew: 'f0fff0',
  lavender: 'e6e6fa',
  seashell: 'fff5ee',
  floralwhite: 'fffaf0',
};

const HEX = /^#([0-9a-f]{3,8})$/;
const FUNCTION = /^(rgba?|hsla?)\(([^()]*)\)$/;

/** Parses a CSS colour (hex 3/4/6/8, rgb()/rgba(), hsl()/hsla(), common names, transparent). */
export function parseColor(text: string): Rgba | null {
  const value = text.trim().toLowerCase();
  if (value === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  const named = NAMED[value];
  if (named) return hexColor(named);
  const hex = HEX.exec(value);
  if (hex) return hexColor(hex[1]!);
  const fn = FUNCTION.exec(value);
  if (!fn) return null;
  const args = fn[2]!.split(/[\s,/]+/).filter((part) => part.length > 0);
  if (args.length < 3 || args.length > 4) return null;
  const alpha = args[3] === undefined ? 1 : fraction(args[3]);
  if (alpha === null) return null;
  if (fn[1]!.startsWith('rgb')) {
    const r = channel(args[0]!);
    const g = channel(args[1]!);
    const b = channel(args[2]!);
    return r === null || g === null || b === null ? null : { r, g, b, a: alpha };
  }
  const hue = Number.parseFloat(args[0]!);
  const saturation = fraction(args[1]!);
  const lightness = fraction(args[2]!);
  if (!Number.isFinite(hue) || saturation === null || lightness === null) return null;
  return { ...hslToRgb(hue, saturation, lightness), a: alpha };
}

function hexColor(digits: string): Rgba | null {
  const full = digits.length <= 4 ? [...digits].map((d) => d + d).join('') : digits;
  if (full.length !== 6 && full.length !== 8) return null;
  const byte = (i: number): number => Number.parseInt(full.slice(i, i + 2), 16);
  return { r: byte(0), g: byte(2), b: byte(4), a: full.length === 8 ? byte(6) / 255 : 1 };
}

function channel(part: string): number | null {
  const n = Number.parseFloat(part);
  if (!Number.isFinite(n)) return null;
  return clamp(part.endsWith('%') ? (n * 255) / 100 : n, 0, 255);
}

function fraction(part: string): number | null {
  const n = Number.parseFloat(part);
  if (!Number.isFinite(n)) return null;
  return clamp(part.endsWith('%') ? n / 100 : n, 0, 1);
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, n));
}

function hslToRgb(hue: number, s: number, l: number): { r: number; g: number; b: number } {
  const h = (((hue % 360) + 360) % 360) / 360;
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  const p = 2 * l - q;
  const at = (t: number): number => {
    const x = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
    if (x < 1 / 6) return p + (q - p) * 6 * x;
    if (x < 1 / 2) return q;
    if (x < 2 / 3) return p + (q - p) * (2 / 3 - x) * 6;
    return p;
  };
  return { r: at(h + 1 / 3) * 255, g: at(h) * 255, b: at(h - 1 / 3) * 255 };
}

/** `top` painted over an opaque `bottom`. */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const mix = (a: number, b: number): number => a * top.a + b * (1 - top.a);
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 };
}

/** WCAG 2 relative luminance. */
function luminance(c: Rgba): number {
  const linear = (v: number): number => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(c.r) + 0.7152 * linear(c.g) + 0.0722 * linear(c.b);
}

/** WCAG 2 contrast ratio of text `fg` on an opaque `bg` (1 to 21). */
export function contrastRatio(fg: Rgba, bg: Rgba): number {
  const a = luminance(over(fg, bg));
  const b = luminance(bg);
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}
