/** The Learn pictures, by the Learn item (anchor) they illustrate. */
import type { ComponentType } from 'preact';
import { GaitStrainFigure } from './gait-strain-figure.js';
import { KneePartsFigure } from './knee-parts-figure.js';
import { SciaticNerveFigure } from './sciatic-nerve-figure.js';

export const FIGURES: Readonly<Record<string, ComponentType>> = {
  'anatomy#the-sciatic-nerve': SciaticNerveFigure,
  'anatomy#the-knee-joint': KneePartsFigure,
  'anatomy#how-knee-and-nerve-interact': GaitStrainFigure,
  'causes#altered-biomechanics': GaitStrainFigure,
};
