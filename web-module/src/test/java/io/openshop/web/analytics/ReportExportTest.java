package io.openshop.web.analytics;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.openshop.domain.analytics.Report;
import io.openshop.domain.analytics.ReportKind;
import io.openshop.domain.analytics.ReportQuery;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The three formats carry the same rows and the same totals. */
class ReportExportTest {

    private static final Report REPORT = Report.of(new ReportQuery(ReportKind.SALES_BY_DAY, LocalDate.of(2026, 12, 1),
            LocalDate.of(2026, 12, 2), Currency.getInstance("EUR")), List.of(
            List.of(LocalDate.of(2026, 12, 1), 2L, new BigDecimal("100.00"), new BigDecimal("10.00"), new BigDecimal("4.90"),
                    new BigDecimal("15.17"), new BigDecimal("94.90")),
            List.of(LocalDate.of(2026, 12, 2), 1L, new BigDecimal("19.99"), new BigDecimal("0.00"), new BigDecimal("0.00"),
                    new BigDecimal("3.19"), new BigDecimal("19.99"))));

    @Test
    void csvHasAHeadingEveryRowAndTheTotals() {
        String csv = new String(ReportExport.CSV.write(REPORT), StandardCharsets.UTF_8);
        assertEquals(List.of("Day,Orders,Goods,Discount,Shipping,Tax,Revenue", "2026-12-01,2,100.00,10.00,4.90,15.17,94.90",
                "2026-12-02,1,19.99,0.00,0.00,3.19,19.99", "Total,3,119.99,10.00,4.90,18.36,114.89"), csv.lines().toList());
        assertEquals("sales-by-day_2026-12-01_2026-12-02_EUR.csv", ReportExport.CSV.fileName(REPORT));
    }

    @Test
    void excelHoldsNumbersAndDatesWithTheSameTotals() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(ReportExport.XLSX.write(REPORT)))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("Sales by day", sheet.getSheetName());
            Row totals = sheet.getRow(3);
            assertEquals("Total", totals.getCell(0).getStringCellValue());
            assertEquals(3, totals.getCell(1).getNumericCellValue());
            assertEquals(114.89, totals.getCell(6).getNumericCellValue(), 0.001);
            assertEquals(LocalDate.of(2026, 12, 2), sheet.getRow(2).getCell(0).getLocalDateTimeCellValue().toLocalDate());
        }
    }

    @Test
    void pdfIsATableWithTheTitleAndTheTotals() throws Exception {
        byte[] pdf = ReportExport.PDF.write(REPORT);
        assertTrue(new String(pdf, 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF"));
        PdfReader reader = new PdfReader(pdf);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        reader.close();
        assertTrue(text.contains("Sales by day, 2026-12-01 to 2026-12-02 (UTC days), EUR"), text);
        assertTrue(text.contains("114.89") && text.contains("Total"), text);
    }
}
