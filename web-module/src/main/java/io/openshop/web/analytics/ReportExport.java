package io.openshop.web.analytics;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import io.openshop.domain.analytics.Report;
import io.openshop.domain.analytics.ReportColumn;
import io.openshop.domain.shared.InvalidInputException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.xmlbeans.XmlBeans;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A report as a file: CSV (Apache Commons CSV; plain numbers with a dot, ISO dates, UTF-8),
 * Excel (Apache POI; numbers as numbers, amounts with two decimals, dates as dates) and PDF
 * (OpenPDF; a table with the totals row). Every format has the same rows and the same totals.
 */
public enum ReportExport {

    CSV("text/csv; charset=UTF-8", "csv") {
        @Override
        public byte[] write(Report report) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.RFC4180)) {
                csv.printRecord(headings(report));
                for (List<Object> row : report.rows()) {
                    csv.printRecord(texts(row));
                }
                csv.printRecord(texts(totalsRow(report)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        }
    },

    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx") {
        @Override
        public byte[] write(Report report) {
            try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                Sheet sheet = book.createSheet(report.query().kind().title());
                CellStyle money = book.createCellStyle();
                money.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
                CellStyle date = book.createCellStyle();
                date.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
                List<ReportColumn> columns = report.columns();
                Row head = sheet.createRow(0);
                List<String> headings = headings(report);
                for (int c = 0; c < headings.size(); c++) {
                    head.createCell(c).setCellValue(headings.get(c));
                }
                List<List<Object>> rows = new ArrayList<>(report.rows());
                rows.add(totalsRow(report));
                for (int r = 0; r < rows.size(); r++) {
                    Row row = sheet.createRow(r + 1);
                    for (int c = 0; c < columns.size(); c++) {
                        Object value = rows.get(r).get(c);
                        Cell cell = row.createCell(c);
                        if (value instanceof BigDecimal amount) {
                            cell.setCellValue(amount.doubleValue());
                            if (columns.get(c).type() == ReportColumn.Type.MONEY) {
                                cell.setCellStyle(money);
                            }
                        } else if (value instanceof Long count) {
                            cell.setCellValue(count);
                        } else if (value instanceof LocalDate day) {
                            cell.setCellValue(day);
                            cell.setCellStyle(date);
                        } else if (value != null) {
                            cell.setCellValue(value.toString());
                        }
                    }
                }
                for (int c = 0; c < columns.size(); c++) {
                    sheet.setColumnWidth(c, 16 * 256);
                }
                book.write(out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                // XmlBeans caches per thread; a pooled request thread would keep it (and the application's
                // class loader) after an undeploy, which Payara reports as a leak
                XmlBeans.clearThreadLocals();
            }
        }
    },

    PDF("application/pdf", "pdf") {
        @Override
        public byte[] write(Report report) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
            PdfWriter.getInstance(document, out);
            document.addTitle(report.query().kind().title());
            document.open();
            document.add(new Paragraph(title(report), FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14)));
            document.add(new Paragraph(" "));
            List<ReportColumn> columns = report.columns();
            PdfPTable table = new PdfPTable(columns.size());
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
            Font plain = FontFactory.getFont(FontFactory.HELVETICA, 9);
            for (String heading : headings(report)) {
                table.addCell(new PdfPCell(new Phrase(heading, bold)));
            }
            List<List<Object>> rows = new ArrayList<>(report.rows());
            rows.add(totalsRow(report));
            for (int r = 0; r < rows.size(); r++) {
                List<String> texts = texts(rows.get(r));
                for (int c = 0; c < columns.size(); c++) {
                    PdfPCell cell = new PdfPCell(new Phrase(texts.get(c), r == rows.size() - 1 ? bold : plain));
                    ReportColumn.Type type = columns.get(c).type();
                    if (type == ReportColumn.Type.MONEY || type == ReportColumn.Type.COUNT || type == ReportColumn.Type.RATE) {
                        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                    }
                    table.addCell(cell);
                }
            }
            document.add(table);
            document.close();
            return out.toByteArray();
        }
    };

    private final String mediaType;
    private final String extension;

    ReportExport(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public abstract byte[] write(Report report);

    public String mediaType() {
        return mediaType;
    }

    /** The download's file name: "sales-by-day_2026-11-01_2026-11-30_EUR.csv". */
    public String fileName(Report report) {
        return report.query().kind().slug() + "_" + report.query().from() + "_" + report.query().to() + "_"
                + report.query().currency().getCurrencyCode() + "." + extension;
    }

    /** The format named in a URL or a form: csv, xlsx or pdf. */
    public static ReportExport fromName(String name) {
        for (ReportExport format : values()) {
            if (format.extension.equalsIgnoreCase(name == null ? "" : name.strip())) {
                return format;
            }
        }
        throw new InvalidInputException("format", "must be csv, xlsx or pdf");
    }

    static String title(Report report) {
        return report.query().kind().title() + ", " + report.query().from() + " to " + report.query().to() + " (UTC days), "
                + report.query().currency().getCurrencyCode();
    }

    static List<String> headings(Report report) {
        List<String> headings = new ArrayList<>();
        for (ReportColumn column : report.columns()) {
            headings.add(column.heading());
        }
        return headings;
    }

    /** The totals row, with "Total" in its first column. */
    static List<Object> totalsRow(Report report) {
        List<Object> totals = new ArrayList<>(report.totals());
        totals.set(0, "Total");
        return totals;
    }

    static List<String> texts(List<Object> row) {
        List<String> texts = new ArrayList<>();
        for (Object value : row) {
            texts.add(value == null ? "" : value instanceof BigDecimal b ? b.toPlainString() : value.toString());
        }
        return texts;
    }
}
