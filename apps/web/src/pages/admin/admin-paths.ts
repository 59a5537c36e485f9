/** The administration pages' paths, in Swedish as users read them in the address bar. */
export const ADMIN_PATHS = {
  registerAgreement: '/administration/ny-overenskommelse',
  roles: '/administration/roller',
  proposeFocusArea: '/foresla-fokusomrade',
} as const;
