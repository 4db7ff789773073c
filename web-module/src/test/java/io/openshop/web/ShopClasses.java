package io.openshop.web;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The compiled classes of all three modules (the web module's test class path holds the other
 * two), imported once for every architecture test of the run.
 */
final class ShopClasses {

    private static JavaClasses classes;

    private ShopClasses() {
    }

    static synchronized JavaClasses all() {
        if (classes == null) {
            classes = new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("io.openshop");
        }
        return classes;
    }
}
