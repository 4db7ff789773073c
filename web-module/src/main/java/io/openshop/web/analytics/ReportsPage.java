package io.openshop.web.analytics;

import io.openshop.domain.analytics.Report;
import io.openshop.domain.analytics.ReportColumn;
import io.openshop.domain.analytics.ReportKind;
import io.openshop.domain.shared.DomainException;
import io.openshop.service.analytics.ReportService;
import io.openshop.web.platform.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The reports page for administrators: choose a report, a period and a currency, see it with its
 * totals, and download it as CSV, Excel or PDF (the same rows and totals in each).
 */
@Named
@ViewScoped
public class ReportsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReportService reports;

    private String kind = ReportKind.SALES_BY_DAY.slug();
    private String from = LocalDate.now(ZoneOffset.UTC).minusDays(29).toString();
    private String to = LocalDate.now(ZoneOffset.UTC).toString();
    private String currency = "EUR";
    private Report report;

    public void run() {
        try {
            report = reports.run(kind, from, to, currency);
        } catch (DomainException e) {
            report = null;
            Messages.refuse(e);
        }
    }


    public StreamedContent getCsv() {
        return download(ReportExport.CSV);
    }

    public StreamedContent getXlsx() {
        return download(ReportExport.XLSX);
    }

    public StreamedContent getPdf() {
        return download(ReportExport.PDF);
    }

    /** The file of the report as the form now asks for it (run again, so the file is never older than the form). */
    private StreamedContent download(ReportExport format) {
        run();
        if (report == null) {
            return null;
        }
        byte[] bytes = format.write(report);
        return DefaultStreamedContent.builder().name(format.fileName(report)).contentType(format.mediaType())
                .contentLength((long) bytes.length).stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    public List<ReportKind> getKinds() {
        return List.of(ReportKind.values());
    }

    /** The columns' indexes, for the table's columns. */
    public List<Integer> getColumnIndexes() {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; report != null && i < report.columns().size(); i++) {
            indexes.add(i);
        }
        return indexes;
    }

    /** A cell as the page shows it: amounts with their decimals, nothing for an empty cell. */
    public String cell(List<Object> row, int column) {
        Object value = row.get(column);
        return value == null ? "" : value instanceof BigDecimal b ? b.toPlainString() : value.toString();
    }

    public boolean numeric(int column) {
        return report != null && report.columns().get(column).type() != ReportColumn.Type.TEXT
                && report.columns().get(column).type() != ReportColumn.Type.DATE;
    }

    public Report getReport() {
        return report;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }
}
