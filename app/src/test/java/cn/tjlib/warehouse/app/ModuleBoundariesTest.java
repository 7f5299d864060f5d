package cn.tjlib.warehouse.app;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The module graph is the dependency budget (STYLE.md §1): each heavy technology stays in its module. */
class ModuleBoundariesTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.tjlib.warehouse");

    @Test
    void luceneIsUsedOnlyBySearch() {
        noClasses().that().resideOutsideOfPackage("cn.tjlib.warehouse.search..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..").check(classes);
    }

    @Test
    void jenaIsUsedOnlyBySchemas() {
        noClasses().that().resideOutsideOfPackage("cn.tjlib.warehouse.schemas..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.jena..").check(classes);
    }

    @Test
    void springBootIsUsedOnlyByTheApp() {
        noClasses().that().resideOutsideOfPackage("cn.tjlib.warehouse.app..")
                .should().dependOnClassesThat().resideInAPackage("org.springframework.boot..").check(classes);
    }

    @Test
    void harvesterProviderAndSearchMeetOnlyThroughTheCore() {
        noClasses().that().resideInAPackage("cn.tjlib.warehouse.harvest..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.tjlib.warehouse.oai..", "cn.tjlib.warehouse.search..")
                .check(classes);
        noClasses().that().resideInAPackage("cn.tjlib.warehouse.oai..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.tjlib.warehouse.harvest..", "cn.tjlib.warehouse.search..")
                .check(classes);
        noClasses().that().resideInAPackage("cn.tjlib.warehouse.search..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.tjlib.warehouse.harvest..", "cn.tjlib.warehouse.oai..")
                .check(classes);
    }

    @Test
    void coreDependsOnNoOtherModule() {
        noClasses().that().resideInAnyPackage("cn.tjlib.warehouse.record..", "cn.tjlib.warehouse.ingest..",
                        "cn.tjlib.warehouse.catalogue..", "cn.tjlib.warehouse.raw..", "cn.tjlib.warehouse.source..",
                        "cn.tjlib.warehouse.harvestlog..", "cn.tjlib.warehouse.xml..", "cn.tjlib.warehouse.storage..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.tjlib.warehouse.harvest..", "cn.tjlib.warehouse.oai..",
                        "cn.tjlib.warehouse.search..", "cn.tjlib.warehouse.app..", "cn.tjlib.warehouse.fixtures..",
                        "cn.tjlib.warehouse.schemas..")
                .check(classes);
    }
}
