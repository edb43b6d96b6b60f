package org.reliefdesk;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.assertj.core.api.Assertions.assertThat;

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
                .layer("doj").definedBy("org.reliefdesk.doj..", "org.reliefdesk.tabular..")
                .layer("history").definedBy("org.reliefdesk.history..", "org.reliefdesk.court..", "org.reliefdesk.link..")
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
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.pdfbox..")
                .check(classes);
        // POI writes the workbooks (export) and reads county spreadsheets (tabular, decision 0014); nowhere else
        noClasses().that().resideOutsideOfPackages("org.reliefdesk.export..", "org.reliefdesk.tabular..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..")
                .check(classes);
    }

    /**
     * The app never opens a network connection: no class of ours may use sockets (plain, server, datagram, NIO or
     * asynchronous channels), name look-ups, URL connections or the JDK's HTTP, RMI and JNDI clients.
     */
    static final com.tngtech.archunit.lang.ArchRule NO_NETWORK = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("java.net.http..", "javax.net..", "jdk.net..",
                    "java.rmi..", "javax.naming..")
            .orShould().dependOnClassesThat(com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf(
                    java.net.Socket.class, java.net.ServerSocket.class, java.net.DatagramSocket.class,
                    java.net.URLConnection.class, java.net.InetAddress.class, java.net.InetSocketAddress.class,
                    java.nio.channels.SocketChannel.class, java.nio.channels.ServerSocketChannel.class,
                    java.nio.channels.DatagramChannel.class, java.nio.channels.AsynchronousSocketChannel.class,
                    java.nio.channels.AsynchronousServerSocketChannel.class))
            .orShould().callMethod(java.net.URL.class, "openConnection")
            .orShould().callMethod(java.net.URL.class, "openStream")
            .because("ReliefDesk never opens a network connection");

    @Test
    void nothingOpensANetworkConnection() {
        NO_NETWORK.check(classes);
    }

    /** The rule above catches what it should: a class that opens a socket or reads a URL breaks it. */
    @Test
    void theNetworkRuleCatchesSocketsAndUrlReads() {
        JavaClasses offenders = new ClassFileImporter().importClasses(OpensSocket.class, ReadsUrl.class,
                ResolvesName.class);
        var result = NO_NETWORK.evaluate(offenders);
        assertThat(result.hasViolation()).isTrue();
        assertThat(String.join("\n", result.getFailureReport().getDetails()))
                .contains(OpensSocket.class.getName()).contains(ReadsUrl.class.getName())
                .contains(ResolvesName.class.getName());
    }

    static final class OpensSocket {
        void open() throws java.io.IOException {
            new java.net.Socket("example.org", 80).close();
        }
    }

    static final class ReadsUrl {
        void read(java.net.URL url) throws java.io.IOException {
            url.openStream().close();
        }
    }

    static final class ResolvesName {
        Object resolve() throws java.io.IOException {
            return java.net.InetAddress.getByName("example.org");
        }
    }
}
