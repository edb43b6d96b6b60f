package org.reliefdesk;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/** The one-way package dependencies of architecture.md, enforced: a wrong import fails the build. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.reliefdesk");
    }

    @Test
    void layersDependOneWay() {
        layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
                .layer("doj").definedBy("org.reliefdesk.doj..")
                .layer("history").definedBy("org.reliefdesk.history..")
                .layer("rules").definedBy("org.reliefdesk.rules..")
                .layer("store").definedBy("org.reliefdesk.store..")
                .layer("export").definedBy("org.reliefdesk.export..")
                .layer("app").definedBy("org.reliefdesk.app..")
                .layer("cli").definedBy("org.reliefdesk.cli..")
                .layer("ui").definedBy("org.reliefdesk.ui..")
                .layer("launcher").definedBy("org.reliefdesk")
                .whereLayer("launcher").mayNotBeAccessedByAnyLayer()
                .whereLayer("cli").mayOnlyBeAccessedByLayers("launcher")
                .whereLayer("ui").mayOnlyBeAccessedByLayers("launcher")
                .whereLayer("app").mayOnlyBeAccessedByLayers("cli", "ui", "launcher")
                .whereLayer("store").mayOnlyBeAccessedByLayers("app")
                .whereLayer("export").mayOnlyBeAccessedByLayers("app")
                .whereLayer("rules").mayOnlyBeAccessedByLayers("store", "export", "app", "cli", "ui")
                .whereLayer("history").mayOnlyBeAccessedByLayers("rules", "store", "export", "app", "cli", "ui")
                .check(classes);
    }

    @Test
    void onlyTheStoreTalksSql() {
        noClasses().that().resideOutsideOfPackage("org.reliefdesk.store..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
                .check(classes);
    }

    @Test
    void onlyTheCommandLineUsesPicocliAndTheConsole() {
        noClasses().that().resideOutsideOfPackage("org.reliefdesk.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("picocli..")
                .check(classes);
        noClasses().that().resideOutsideOfPackages("org.reliefdesk.cli..", "org.reliefdesk")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .check(classes);
    }

    @Test
    void javaFxOnlyInTheUi() {
        noClasses().that().resideOutsideOfPackages("org.reliefdesk.ui..", "org.reliefdesk")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .check(classes);
    }

    @Test
    void documentLibrariesOnlyInExport() {
        noClasses().that().resideOutsideOfPackage("org.reliefdesk.export..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "org.apache.pdfbox..")
                .check(classes);
    }

    @Test
    void nothingOpensANetworkConnection() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("java.net.http..", "javax.net..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.Socket")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.ServerSocket")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.URLConnection")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.HttpURLConnection")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.DatagramSocket")
                .check(classes);
    }
}
