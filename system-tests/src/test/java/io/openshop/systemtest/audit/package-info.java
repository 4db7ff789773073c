/** The audit trail from outside: who reads the audit log through the API and the back office, and what it records. */
package io.openshop.systemtest.audit;
