/**
 * What a person searches jobs by or watches for in an alert: a real job title or skill ("Data Engineer", "React"),
 * never a made-up buzzword title such as "Legacy Optimization Facilitator" (bundled #198 of the m22 reading).
 */
export const JOB_KEYWORDS = [
  'Data Engineer', 'Frontend Developer', 'React', 'Product Manager', 'Nurse', 'Accountant', 'UX Designer', 'Python',
  'Project Manager', 'Customer Support', 'Sales Representative', 'DevOps Engineer', 'Marketing Manager', 'Physiotherapist',
  'SQL', 'Teacher', 'Data Analyst', 'Java Developer', 'Graphic Designer', 'Warehouse Operative',
];
