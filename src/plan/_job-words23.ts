/**
 * What a person searches jobs by or watches for in an alert: a real job title or skill ("data engineer", "React"),
 * never a made-up buzzword title such as "Legacy Optimization Facilitator" (bundled #198 of the m22 reading).
 */
export const JOB_KEYWORDS = [
  'data engineer', 'frontend developer', 'React', 'product manager', 'nurse', 'accountant', 'UX designer', 'Python',
  'project manager', 'customer support', 'sales representative', 'DevOps engineer', 'marketing manager', 'physiotherapist',
  'SQL', 'teacher', 'data analyst', 'Java developer', 'graphic designer', 'warehouse operative',
];
