/** Identity use cases: sign-in checks with throttling, sign-up, profiles, roles, the first admin, the audit trail. */
package io.openshop.service.identity;
