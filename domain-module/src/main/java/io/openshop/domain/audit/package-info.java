/** The audit trail: the actions the shop records, an entry as written and as read, the reader's query, and the trail's contract. Entries are append-only. */
package io.openshop.domain.audit;
