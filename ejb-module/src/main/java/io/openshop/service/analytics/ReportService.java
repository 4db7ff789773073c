package io.openshop.service.analytics;

import io.openshop.domain.analytics.Report;
import io.openshop.domain.analytics.ReportQuery;
import io.openshop.domain.analytics.Reports;
import io.openshop.domain.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** The back office's reports (sales, tax, refunds, returns) for administrators, with their totals. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class ReportService {

    @Inject
    Reports reports;

    public Report run(ReportQuery query) {
        return Report.of(query, reports.rows(query));
    }

    /**
     * A report as a URL or a form asks for it (see {@link ReportQuery#of}); the input is read only
     * once the caller's role is checked, so others learn nothing from its errors.
     */
    public Report run(String report, String from, String to, String currency) {
        return run(ReportQuery.of(report, from, to, currency));
    }
}
