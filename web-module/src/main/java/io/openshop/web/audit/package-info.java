/** The audit log on the web: the ADMIN-only reader, as the admin/audit API and the back office's audit page (/admin/audit.xhtml). */
package io.openshop.web.audit;
