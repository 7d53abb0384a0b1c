import { describe, expect, it } from 'vitest';
import { extractQuantity } from '../../../lib/annotate/incidents/quantity';

describe('extractQuantity', () => {
  it('counts projectiles, adjectives between allowed', () => {
    expect(extractQuantity('Militants fired four rockets at the airbase.')).toBe(4);
    expect(extractQuantity('The navy said a dozen cruise missiles were launched.')).toBe(12);
    expect(extractQuantity('At least 15 attack drones were shot down overnight.')).toBe(15);
  });

  it('keeps the largest count in a clause', () => {
    expect(extractQuantity('Two mortars and six rockets landed near the port.')).toBe(6);
  });

  it('ignores vague amounts and unrelated counts', () => {
    expect(extractQuantity('Dozens of rockets were fired at the town.')).toBeUndefined();
    expect(extractQuantity('The minister began a three-day visit.')).toBeUndefined();
  });
});

describe('extractQuantity, a count of something else before the munition', () => {
  it('does not read casualties as projectiles ("32 wounded when shells struck")', () => {
    expect(extractQuantity('At least 14 people were killed and 32 wounded when shells struck a camp')).toBeUndefined();
    expect(extractQuantity('Four shells landed in the camp')).toBe(4);
    expect(extractQuantity('three Grad rockets hit the base')).toBe(3);
  });
});
