/** The managed storage property that holds the team policy (see public/managed-schema.json). */
export const managedPolicyKey = 'policy';
