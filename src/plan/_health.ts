/**
 * Body-mass figures that agree with their number: a BMI's category is the WHO one (Underweight < 18.5, Normal weight
 * < 25, Overweight < 30, Obese), and its obesity class Class I (30–34.9), II (35–39.9) or III (40 and over). BMI 41.15
 * is never "Business", "Class D".
 */
const BMI = /^(bmi|body_?mass_?index|bmi_?value|bmi_?score)$/i;
const CATEGORY = /^((weight|bmi|health)_?)?(category|status|classification|class|result|range|label|description)$/i;
const OBESE_CLASS = /^obes(e|ity)_?(class|level|grade|category)$/i;

export function bmiCategory(bmi: number): string {
  return bmi < 18.5 ? 'Underweight' : bmi < 25 ? 'Normal weight' : bmi < 30 ? 'Overweight' : 'Obese';
}

export function obeseClass(bmi: number): string {
  return bmi < 30 ? 'Not obese' : bmi < 35 ? 'Class I' : bmi < 40 ? 'Class II' : 'Class III';
}

/** Sets the category and obesity class beside a BMI (those not pinned) from the BMI. */
export function bodyMassIndex(obj: Record<string, unknown>, free: (k: string) => boolean): void {
  const bmiKey = Object.keys(obj).find((k) => BMI.test(k) && typeof obj[k] === 'number');
  if (bmiKey === undefined) return;
  const bmi = obj[bmiKey] as number;
  if (!(bmi > 5 && bmi < 120)) return;
  for (const k of Object.keys(obj)) {
    if (typeof obj[k] !== 'string' || !free(k)) continue;
    if (OBESE_CLASS.test(k)) obj[k] = obeseClass(bmi);
    else if (CATEGORY.test(k)) obj[k] = bmiCategory(bmi);
  }
}
